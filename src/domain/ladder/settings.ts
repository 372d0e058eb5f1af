import { z } from 'zod';

/** The company settings section for the relationship ladder (SPEC §3), every field defaulted. */
export const ladderSettingsSchema = z
  .object({
    /** A drop of the official level this recent raises the alert on the account. */
    levelDropAlertDays: z.int().min(1).max(3650).default(180),
    /** Multi-point contact (多点): at least this many active contacts… */
    multiPointMinContacts: z.int().min(2).default(2),
    /** …spread over at least this many ranks of the customer's hierarchy (多层级). */
    multiPointMinLevels: z.int().min(2).default(2),
    /** Service lines we carry that make the relationship more than one product (多产品). */
    multiProductMinServiceLines: z.int().min(2).default(2),
    /** Share of the customer's logistics we carry that marks mutual dependence at level 1. */
    partnershipMinShareOfWallet: z.number().min(0).max(1).default(0.5),
  })
  .prefault({});

export type LadderSettings = z.infer<typeof ladderSettingsSchema>;

export const defaultLadderSettings: LadderSettings = ladderSettingsSchema.parse(undefined);
