import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentSettings, saveSettings, settingsHistory, settingsVersion } from '../../db/repositories/settings.ts';
import { companySettingsSchema } from '../../domain/settings.ts';
import { requireUser } from '../auth/hook.ts';
import { requireRole } from '../auth/scope.ts';
import { saveSettingsBody, settingsHistoryResponse, settingsVersionParams, settingsVersionResponse } from './settings.schema.ts';

// Computed once: the document's shape only changes with the code.
const documentJsonSchema = z.toJSONSchema(companySettingsSchema, { io: 'input' });

/** The company settings: every rule of the method with its value, versioned; admins edit it. */
export async function settingsRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['settings'];
  const db = () => app.database.db;

  app.get(
    '/settings',
    { schema: { tags, summary: 'The settings in force, with their version', response: { 200: settingsVersionResponse } } },
    async (request) => {
      requireUser(request);
      return currentSettings(db());
    },
  );

  app.put(
    '/settings',
    {
      schema: {
        tags,
        summary: 'Save a new version of the settings (admins; send the version you edited — a newer one is a 409)',
        body: saveSettingsBody,
        response: { 200: settingsVersionResponse },
      },
      // Who may edit is settled before the body is read: a non-admin learns nothing about the document.
      preValidation: async (request) => requireRole(requireUser(request), 'admin'),
    },
    async (request) => {
      const user = requireUser(request);
      const { document, note, version } = request.body;
      const saved = await saveSettings(db(), { document, note, actorId: user.id, expectedVersion: version });
      return settingsVersion(db(), saved.version);
    },
  );

  app.get(
    '/settings/versions',
    { schema: { tags, summary: 'Every saved version, newest first', response: { 200: settingsHistoryResponse } } },
    async (request) => {
      requireUser(request);
      return { items: await settingsHistory(db()) };
    },
  );

  app.get(
    '/settings/versions/:version',
    { schema: { tags, summary: 'One saved version', params: settingsVersionParams, response: { 200: settingsVersionResponse } } },
    async (request) => {
      requireUser(request);
      return settingsVersion(db(), request.params.version);
    },
  );

  app.get(
    '/settings/schema',
    { schema: { tags, summary: 'The JSON Schema of the settings document, for the settings form' } },
    async (request) => {
      requireUser(request);
      return documentJsonSchema;
    },
  );
}
