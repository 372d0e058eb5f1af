import { asc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUser, listUsers } from '../../db/repositories/users.ts';
import { departments, regions } from '../../db/schema/index.ts';
import { userRoles } from '../../domain/catalog.ts';
import { requireUser } from '../auth/hook.ts';
import { requireRole } from '../auth/scope.ts';

const regionView = z.object({
  id: z.string().uuid(),
  code: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  provinces: z.array(z.string()),
  managerId: z.string().uuid().nullable(),
  marketStage: z.string(),
});
const departmentView = z.object({ id: z.string().uuid(), code: z.string(), nameEn: z.string(), nameZh: z.string(), kind: z.string() });
const userView = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  nameZh: z.string().nullable(),
  role: z.enum(userRoles),
  title: z.string().nullable(),
  regionId: z.string().uuid().nullable(),
  departmentId: z.string().uuid().nullable(),
  salesTrained: z.boolean(),
  active: z.boolean(),
  locale: z.string(),
});

export const newUserBody = z.object({
  email: z.string().trim().email(),
  name: z.string().trim().min(1).max(200),
  nameZh: z.string().trim().max(200).nullish(),
  role: z.enum(userRoles),
  password: z.string().min(10, 'at least 10 characters').max(200),
  title: z.string().max(200).nullish(),
  regionId: z.string().uuid().nullish(),
  departmentId: z.string().uuid().nullish(),
  salesTrained: z.boolean().optional(),
});

/** Company reference data every screen needs: regions, departments, people. */
export async function referenceRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;

  app.get('/regions', { schema: { tags: ['company'], response: { 200: z.object({ items: z.array(regionView) }) } } }, async (request) => {
    requireUser(request);
    return { items: (await db().select().from(regions).orderBy(asc(regions.code))) as never };
  });

  app.get('/departments', { schema: { tags: ['company'], response: { 200: z.object({ items: z.array(departmentView) }) } } }, async (request) => {
    requireUser(request);
    return { items: await db().select().from(departments).orderBy(asc(departments.code)) };
  });

  app.get(
    '/users',
    {
      schema: {
        tags: ['company'],
        querystring: z.object({ role: z.enum(userRoles).optional() }),
        response: { 200: z.object({ items: z.array(userView) }) },
      },
    },
    async (request) => {
      requireUser(request);
      return { items: (await listUsers(db(), { role: request.query.role })) as never };
    },
  );

  app.post(
    '/users',
    { schema: { tags: ['company'], summary: 'Add a user (admins only)', body: newUserBody, response: { 201: userView } } },
    async (request, reply) => {
      requireRole(requireUser(request), 'admin');
      return reply.status(201).send((await createUser(db(), request.body)) as never);
    },
  );
}
