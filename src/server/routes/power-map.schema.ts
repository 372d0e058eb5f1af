import { z } from 'zod';
import { relationKinds } from '../../domain/catalog.ts';
import { powerMapGapKinds } from '../../domain/power-map/gap.ts';
import { gapSeverities } from '../../domain/power-map/settings.ts';
import { titlePowers } from '../../domain/power-map/title-vs-influence.ts';

const uuid = z.string().uuid();
const department = z.string().trim().min(1, 'required').max(200);
/** 1 (weak) to 3 (strong), as the domain reads it. */
const strength = z.number().int().min(1).max(3);
const note = z.string().trim().max(2000).nullish();

export const powerMapParams = z.object({ id: uuid });
export const relationParams = z.object({ id: uuid, relationId: uuid });

/** One reason behind a computed value: rule, input, threshold, whether it held, and its text key. */
export const reasonView = z.object({
  rule: z.string(),
  key: z.string(),
  met: z.boolean(),
  input: z.unknown().optional(),
  threshold: z.unknown().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});

/** A person on the map, with the at-a-glance judgement of title against real influence. */
export const powerMapNode = z.object({
  id: uuid,
  name: z.string(),
  nameZh: z.string().nullable(),
  department: z.string(),
  title: z.string(),
  titleZh: z.string().nullable(),
  rank: z.number().int(),
  influence: z.number().int(),
  buyingRole: z.string(),
  attitude: z.string(),
  relationshipStrength: z.number().int(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerNameZh: z.string().nullable(),
  isMainContact: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  leftAt: z.string().nullable(),
  notes: z.string().nullable(),
  lastActivityAt: z.date().nullable(),
  /** Still with the customer today. */
  present: z.boolean(),
  /** One of our threads into the customer: owned by us and touched within the coverage window. */
  active: z.boolean(),
  /** 徒有虚名 (figurehead) or 大权在握 (hidden power), with the reasons either way. */
  titlePower: z.object({ value: z.enum(titlePowers).nullable(), reasons: z.array(reasonView) }),
  version: z.number().int(),
});

/** A line on the map: between two people (ids) or two departments (names). */
export const relationView = z.object({
  id: uuid,
  scope: z.enum(['contact', 'department']),
  kind: z.enum(relationKinds),
  from: z.string(),
  to: z.string(),
  strength: z.number().int(),
  note: z.string().nullable(),
  version: z.number().int(),
});

export const gapView = z.object({
  gap: z.enum(powerMapGapKinds),
  severity: z.enum(gapSeverities),
  contactIds: z.array(z.string()),
  reasons: z.array(reasonView),
});

export const powerMapView = z.object({
  accountId: uuid,
  /** The moment gaps and coverage were judged at. */
  asOf: z.date(),
  nodes: z.array(powerMapNode),
  edges: z.array(relationView),
  /** Every department named by a person or a department relation, in first-seen order. */
  departments: z.array(z.string()),
  gaps: z.array(gapView),
  coverage: z.object({ value: z.number().int().min(0).max(100), reasons: z.array(reasonView) }),
});
export type PowerMapView = z.infer<typeof powerMapView>;

const contactRelationBody = z.object({
  scope: z.literal('contact'),
  fromContactId: uuid,
  toContactId: uuid,
  kind: z.enum(relationKinds),
  strength: strength.default(2),
  note,
});
const departmentRelationBody = z.object({
  scope: z.literal('department'),
  fromDepartment: department,
  toDepartment: department,
  kind: z.enum(relationKinds),
  strength: strength.default(2),
  note,
});
/** A new line: `scope` says whether it joins two people or two departments. */
export const relationBody = z.discriminatedUnion('scope', [contactRelationBody, departmentRelationBody]);
export type RelationBody = z.infer<typeof relationBody>;

/** What can change on a line; its ends cannot (draw a new line instead). */
export const relationPatch = z.object({
  version: z.number().int().positive(),
  kind: z.enum(relationKinds).optional(),
  strength: strength.optional(),
  note,
});
