import { z } from 'zod';
import { SUPPORT_REQUEST_STATUSES } from '../../domain/organisation/support-requests.ts';
import { departmentQueueView, departmentRef, items, optionalText, supportRequestView, text, uuid } from './organisation.schema.ts';

export const requestParams = z.object({ requestId: uuid });

const statusList = z
  .string()
  .transform((v) => v.split(',').filter(Boolean))
  .pipe(z.array(z.enum(SUPPORT_REQUEST_STATUSES)));

export const listQuery = z.object({
  /** department: my department's queue (or `departmentId`'s); mine: those I raised; all: every request I may see. */
  view: z.enum(['department', 'mine', 'all']).default('all'),
  departmentId: uuid.optional(),
  /** Comma-separated statuses, e.g. open,accepted. */
  status: statusList.optional(),
});

export const raiseBody = z.object({
  departmentId: uuid,
  need: text(5000),
  /** When the answer is needed; the department's SLA sets it when left out. */
  dueAt: z.coerce.date().optional(),
  dealId: uuid.nullish(),
});

export const moveBody = z.object({
  status: z.enum(SUPPORT_REQUEST_STATUSES),
  answer: optionalText(10_000),
  version: z.number().int().positive(),
});

export const requestsResponse = items(supportRequestView);

export const queuesResponse = z.object({
  asOf: z.date(),
  departments: z.array(departmentRef),
  queues: departmentQueueView,
});
