import { z } from 'zod';
import { teamRoles } from '../../domain/catalog.ts';
import { items, pairingView, teamCheckView, uuid } from './organisation.schema.ts';

export const pairingParams = z.object({ id: uuid, executiveId: uuid });
export const executiveParams = z.object({ userId: uuid });

export const teamCheckResponse = z.object({
  tier: z.string().nullable(),
  requiredRoles: z.array(z.enum(teamRoles)),
  completeness: teamCheckView,
});

export const pairingBody = z.object({
  /** Days between visits; the company's cadence when left out. */
  cadenceDays: z.number().int().positive().max(731).optional(),
  reason: z.string().trim().max(1000).optional(),
});
export const reasonQuery = z.object({ reason: z.string().max(1000).optional() });
export const pairingsResponse = items(pairingView);

export const salesTrainingBody = z.object({ salesTrained: z.boolean() });
export const salesTrainingResponse = z.object({ id: uuid, salesTrained: z.boolean() });
