import { z } from 'zod';
import { dealSettingsSchema } from './deals/settings.ts';
import { ladderSettingsSchema } from './ladder/settings.ts';
import { organisationSettingsSchema } from './organisation/settings.ts';
import { portfolioSettingsSchema } from './portfolio/settings.ts';
import { powerMapSettingsSchema } from './power-map/settings.ts';
import { selectionSettingsSchema } from './selection/settings.ts';
import { tagSettingsSchema } from './tags/settings.ts';

/**
 * The company settings document: one section per part of the method, every rule
 * with its default. Validated on every save; each saved version is kept, and every
 * judgement records the version it used.
 */
export const companySettingsSchema = z.object({
  selection: selectionSettingsSchema,
  tags: tagSettingsSchema,
  ladder: ladderSettingsSchema,
  deals: dealSettingsSchema,
  powerMap: powerMapSettingsSchema,
  organisation: organisationSettingsSchema,
  portfolio: portfolioSettingsSchema,
});
export type CompanySettings = z.infer<typeof companySettingsSchema>;

/** The defaults of the whole method. */
export function defaultSettings(): CompanySettings {
  return companySettingsSchema.parse({ selection: {}, tags: {}, ladder: {}, deals: {}, powerMap: {}, organisation: {}, portfolio: {} });
}
