import { z } from 'zod';

const share = (fallback: number) => z.number().gt(0).max(1).default(fallback);

/**
 * The portfolio section of the company settings document (SPEC §7, the dashboard).
 * One customer above a fifth of revenue, or five above half, means losing a single
 * tender or a single procurement change shakes the whole business.
 */
export const portfolioSettingsSchema = z
  .object({
    revenueConcentration: z
      .object({
        /** Share of the 12-month revenue above which one account carries too much of the portfolio. */
        topAccountShare: share(0.2),
        /** Share above which the five largest accounts do. */
        topFiveShare: share(0.5),
      })
      .prefault({}),
  })
  .prefault({});

export type PortfolioSettings = z.infer<typeof portfolioSettingsSchema>;
export type ConcentrationLimits = PortfolioSettings['revenueConcentration'];

/** The defaults, for callers (and tests) that have no company document at hand. */
export const portfolioDefaults: PortfolioSettings = portfolioSettingsSchema.parse(undefined);
