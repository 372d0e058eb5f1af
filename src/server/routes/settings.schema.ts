import { z } from 'zod';

const person = z.object({ id: z.string().uuid(), name: z.string(), nameZh: z.string().nullable() });

/**
 * The settings document as the API carries it. It is validated against the
 * method's schema by the settings repository, so that an error names the field
 * inside the document (e.g. `selection.paymentTrap.maxCollectionDays`); its JSON
 * Schema is served at GET /api/settings/schema.
 */
export const settingsDocument = z.record(z.string(), z.unknown()).describe('The company settings document; see GET /api/settings/schema.');

export const settingsVersionResponse = z.object({
  version: z.number().int(),
  document: settingsDocument,
  note: z.string().nullable(),
  createdAt: z.date().nullable(),
  createdBy: person.nullable(),
});

export const saveSettingsBody = z.object({
  document: settingsDocument,
  note: z.string().trim().max(1000).optional(),
  /** The version the edit started from; a newer one saved meanwhile is a 409. */
  version: z.number().int().min(0),
});

export const settingsHistoryResponse = z.object({
  items: z.array(z.object({ version: z.number().int(), note: z.string().nullable(), createdAt: z.date(), createdBy: person.nullable() })),
});

export const settingsVersionParams = z.object({ version: z.coerce.number().int().min(1) });
