import { z } from 'zod';
import { accountStatuses, industries, tags, tiers } from '../../domain/catalog.ts';

const text = (max: number) => z.string().trim().min(1, 'required').max(max);

/** The editable fields of an account (SPEC §1.1). */
export const accountFields = z.object({
  name: text(200),
  nameZh: z.string().trim().max(200).nullish(),
  industry: z.enum(industries),
  regionId: z.string().uuid().nullish(),
  province: text(100),
  city: text(100),
  ownerId: z.string().uuid().nullish(),
  status: z.enum(accountStatuses),
  walletEstimate: z.number().nonnegative().nullish(),
  paymentTermsDays: z.number().int().min(0).max(720).nullish(),
  collectionCycleDays: z.number().int().min(0).max(720).nullish(),
  overdueShare: z.number().min(0).max(1).nullish(),
  customerGrowth: z.number().min(-1).max(100).nullish(),
  jointOffice: z.boolean().optional(),
  coLocated: z.boolean().optional(),
  description: z.string().max(5000).nullish(),
});
export type AccountFields = z.infer<typeof accountFields>;

// A default belongs to creation only: under .partial() it would reset every update.
export const createAccountBody = accountFields.extend({
  status: z.enum(accountStatuses).default('prospect'),
  reason: z.string().max(1000).optional(),
});
export const updateAccountBody = accountFields
  .partial()
  .extend({ version: z.number().int().positive(), reason: z.string().max(1000).optional() });
export type UpdateAccountBody = z.infer<typeof updateAccountBody>;

export const accountSorts = ['name', '-name', 'revenue', '-revenue', 'updated', '-updated'] as const;

export const listAccountsQuery = z.object({
  region: z.string().uuid().optional(),
  industry: z.enum(industries).optional(),
  owner: z.string().uuid().optional(),
  status: z.enum(accountStatuses).optional(),
  tier: z.enum(tiers).optional(),
  tag: z.enum(tags).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(accountSorts).default('name'),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  cursor: z.string().max(500).optional(),
});
export type ListAccountsQuery = z.infer<typeof listAccountsQuery>;

const person = z.object({ id: z.string().uuid(), name: z.string(), nameZh: z.string().nullable() });

export const accountSummary = z.object({
  id: z.string().uuid(),
  name: z.string(),
  nameZh: z.string().nullable(),
  industry: z.string(),
  regionId: z.string().uuid().nullable(),
  regionName: z.string().nullable(),
  regionNameZh: z.string().nullable(),
  province: z.string(),
  city: z.string(),
  ownerId: z.string().uuid().nullable(),
  ownerName: z.string().nullable(),
  ownerNameZh: z.string().nullable(),
  status: z.string(),
  revenue12m: z.number(),
  tier: z.string().nullable(),
  tag: z.string().nullable(),
  paymentTrap: z.boolean().nullable(),
  updatedAt: z.date(),
  version: z.number(),
});

export const accountListResponse = z.object({
  items: z.array(accountSummary),
  nextCursor: z.string().nullable(),
  total: z.number(),
});

export const accountView = accountFields.extend({
  id: z.string().uuid(),
  nameZh: z.string().nullable(),
  regionId: z.string().uuid().nullable(),
  ownerId: z.string().uuid().nullable(),
  status: z.string(),
  walletEstimate: z.number().nullable(),
  paymentTermsDays: z.number().nullable(),
  collectionCycleDays: z.number().nullable(),
  overdueShare: z.number().nullable(),
  customerGrowth: z.number().nullable(),
  jointOffice: z.boolean(),
  coLocated: z.boolean(),
  description: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number(),
  owner: person.nullable(),
  region: z.object({ id: z.string().uuid(), nameEn: z.string(), nameZh: z.string() }).nullable(),
});

export const accountResponse = z.object({ account: accountView });
export const accountIdParams = z.object({ id: z.string().uuid() });
