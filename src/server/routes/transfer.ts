import { PassThrough, Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportCsv } from '../../jobs/export/export-csv.ts';
import { importCsv } from '../../jobs/import/import-csv.ts';
import { requireUser } from '../auth/hook.ts';
import { accountScope, requireRole } from '../auth/scope.ts';
import { exportResponse, importBody, importErrorResponse, importResponse, transferParams } from './transfer.schema.ts';

/** CSV import and export (SPEC §8): the web app and the CLI use the same jobs. */
export async function transferRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const tags = ['import and export'];
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post(
    '/import/:kind',
    {
      schema: {
        tags,
        summary: 'Import a CSV file, all or nothing (admins and managers)',
        description:
          'Every row is checked (values, then references such as owner_email, region_code, account_name, in bulk). If any row fails, nothing is written and the answer lists each error with its row and column.',
        consumes: ['text/csv', 'application/json'],
        params: transferParams,
        body: importBody,
        response: { 200: importResponse, 400: importErrorResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      requireRole(user, 'admin', 'manager');
      const csv = typeof request.body === 'string' ? request.body : request.body.csv;
      return importCsv({
        db: app.database.db,
        kind: request.params.kind,
        input: Readable.from([csv]),
        actorId: user.id,
        scope: accountScope(user),
      });
    },
  );

  app.get(
    '/export/:kind',
    {
      schema: {
        tags,
        summary: 'Export the accounts in my scope, or their records, as CSV',
        params: transferParams,
        produces: ['text/csv'],
        response: { 200: exportResponse },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { kind } = request.params;
      const output = new PassThrough();
      exportCsv({ db: app.database.db, kind, output, scope: accountScope(user) }).catch((err) => {
        request.log.error({ err }, 'export failed');
        output.destroy(err as Error);
      });
      const day = app.now().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="abreast-${kind}-${day}.csv"`)
        .send(output as never);
    },
  );
}
