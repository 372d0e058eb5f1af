import { z } from 'zod';
import { activityKinds, attitudes, buyingRoles, serviceLines, siteKinds, teamRoles } from '../../domain/catalog.ts';
import { reasonView } from './organisation.schema.ts';

const text = (max: number) => z.string().trim().min(1, 'required').max(max);
const uuid = z.string().uuid();

export const accountParams = z.object({ id: uuid });
export const childParams = z.object({ id: uuid, childId: uuid });

export const siteBody = z.object({
  kind: z.enum(siteKinds),
  name: text(200),
  nameZh: z.string().trim().max(200).nullish(),
  province: text(100),
  city: text(100),
  lat: z.number().min(-90).max(90).nullish(),
  lng: z.number().min(-180).max(180).nullish(),
});
export const siteView = siteBody.extend({ id: uuid, kind: z.string(), nameZh: z.string().nullable(), lat: z.number().nullable(), lng: z.number().nullable() });

export const competitorBody = z.object({
  name: text(200),
  nameZh: z.string().trim().max(200).nullish(),
  share: z.number().min(0).max(1).nullish(),
  serviceLines: z.array(z.enum(serviceLines)).default([]),
  notes: z.string().max(5000).nullish(),
});
export const competitorView = competitorBody.extend({ id: uuid, serviceLines: z.array(z.string()), nameZh: z.string().nullable(), share: z.number().nullable(), notes: z.string().nullable() });

export const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-01)?$/, 'a month as YYYY-MM');
export const financialBody = z.object({
  month: monthKey,
  revenue: z.number().min(0),
  grossProfit: z.number(),
  volume: z.number().min(0).default(0),
});
export const financialView = z.object({ month: z.string(), revenue: z.number(), grossProfit: z.number(), volume: z.number() });

export const contactBody = z.object({
  name: text(200),
  nameZh: z.string().trim().max(200).nullish(),
  department: text(200),
  title: text(200),
  titleZh: z.string().trim().max(200).nullish(),
  rank: z.number().int().min(1).max(10).default(3),
  influence: z.number().int().min(1).max(5).default(3),
  buyingRole: z.enum(buyingRoles).default('user'),
  attitude: z.enum(attitudes).default('neutral'),
  relationshipStrength: z.number().int().min(1).max(5).default(1),
  ownerId: uuid.nullish(),
  isMainContact: z.boolean().default(false),
  email: z.string().email().nullish(),
  phone: z.string().max(50).nullish(),
  leftAt: z.string().date().nullish(),
  notes: z.string().max(5000).nullish(),
});
export const contactView = contactBody.extend({
  id: uuid,
  buyingRole: z.string(),
  attitude: z.string(),
  nameZh: z.string().nullable(),
  titleZh: z.string().nullable(),
  ownerId: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  leftAt: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number(),
});
// Defaults belong to creation: under .partial() they would reset fields a patch leaves out.
const contactFieldsNoDefaults = z.object(
  Object.fromEntries(
    Object.entries(contactBody.shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]),
  ),
) as unknown as typeof contactBody;
export const contactPatch = contactFieldsNoDefaults.partial().extend({ version: z.number().int().positive() });

export const activityBody = z
  .object({
    kind: z.enum(activityKinds),
    occurredAt: z.coerce.date(),
    subject: text(300),
    notes: z.string().max(10_000).nullish(),
    dealId: uuid.nullish(),
    executiveLevel: z.boolean().default(false),
    customerInvested: z.boolean().default(false),
    objective: z.string().max(2000).nullish(),
    agenda: z.string().max(5000).nullish(),
    teamNotifiedAt: z.coerce.date().nullish(),
    ourUserIds: z.array(uuid).default([]),
    contactIds: z.array(uuid).default([]),
  });
export const participantView = z.object({
  side: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
});
export const activityView = z.object({
  id: uuid,
  kind: z.string(),
  occurredAt: z.date(),
  subject: z.string(),
  notes: z.string().nullable(),
  dealId: z.string().nullable(),
  executiveLevel: z.boolean(),
  customerInvested: z.boolean(),
  objective: z.string().nullable(),
  agenda: z.string().nullable(),
  teamNotifiedAt: z.date().nullable(),
  participants: z.array(participantView),
});

export const teamMemberBody = z.object({
  userId: uuid,
  role: z.enum(teamRoles),
  coLocated: z.boolean().default(false),
  reason: z.string().max(1000).optional(),
});
export const teamMemberView = z.object({
  userId: uuid,
  name: z.string(),
  nameZh: z.string().nullable(),
  role: z.string(),
  coLocated: z.boolean(),
});

export const historyView = z.object({
  id: uuid,
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  /** The rules and values behind a computed change of tier, tag or level. */
  reasons: z.array(reasonView).nullable(),
  settingsVersion: z.number().int().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorNameZh: z.string().nullable(),
  at: z.date(),
});

export const items = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });
