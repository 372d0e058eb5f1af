import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as repo from '../../db/repositories/power-map.ts';
import type { Contact, PowerRelation, RelationKind } from '../../domain/power-map/contact.ts';
import { coverageScore } from '../../domain/power-map/coverage-score.ts';
import { isActiveContact, isPresent } from '../../domain/power-map/engagement.ts';
import { powerMapGaps } from '../../domain/power-map/gaps.ts';
import type { PowerMapSettings } from '../../domain/power-map/settings.ts';
import { judgeTitleAgainstInfluence } from '../../domain/power-map/title-vs-influence.ts';
import { requireUser } from '../auth/hook.ts';
import { requireAccountInScope, requireRole } from '../auth/scope.ts';
import * as s from './power-map.schema.ts';

type StoredContact = repo.StoredPowerMap['contacts'][number];
type StoredLine = repo.StoredPowerMap['contactRelations'][number];
type StoredBlock = repo.StoredPowerMap['departmentRelations'][number];

// Code-unit order, never the locale's: the same map lists the same way on every server.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// A left-at day is a calendar day: the person is gone from the start of it.
const dayStart = (day: string | null) => (day === null ? null : new Date(`${day}T00:00:00Z`));

function asDomainContact(c: StoredContact): Contact {
  return {
    id: c.id,
    name: c.name,
    department: c.department,
    title: c.title,
    rank: c.rank,
    influence: c.influence,
    buyingRole: c.buyingRole as Contact['buyingRole'],
    attitude: c.attitude as Contact['attitude'],
    relationshipStrength: c.relationshipStrength,
    ownerId: c.ownerId,
    leftAt: dayStart(c.leftAt),
    isMainContact: c.isMainContact,
    lastActivityAt: c.lastActivityAt,
  };
}

const lineView = (r: StoredLine) => ({
  id: r.id,
  scope: 'contact' as const,
  kind: r.kind as RelationKind,
  from: r.fromContactId,
  to: r.toContactId,
  strength: r.strength,
  note: r.note,
  version: r.version,
});
const blockView = (r: StoredBlock) => ({
  id: r.id,
  scope: 'department' as const,
  kind: r.kind as RelationKind,
  from: r.fromDepartment,
  to: r.toDepartment,
  strength: r.strength,
  note: r.note,
  version: r.version,
});

/** The map as the canvas draws it: people with their badges, the lines, the gaps and the coverage score. */
export function describePowerMap(options: {
  accountId: string;
  stored: repo.StoredPowerMap;
  settings: PowerMapSettings;
  now: Date;
}): s.PowerMapView {
  const { accountId, stored, settings, now } = options;
  const people = [...stored.contacts].sort((a, b) => a.rank - b.rank || byText(a.name, b.name) || byText(a.id, b.id));
  const contacts = people.map(asDomainContact);
  const edges = [...stored.contactRelations.map(lineView), ...stored.departmentRelations.map(blockView)];
  const relations: PowerRelation[] = edges.map(({ scope, kind, from, to, strength }) => ({ scope, kind, from, to, strength }));
  const departments = [
    ...new Set([...people.map((c) => c.department), ...stored.departmentRelations.flatMap((r) => [r.fromDepartment, r.toDepartment])]),
  ];
  return {
    accountId,
    asOf: now,
    nodes: people.map((c, i) => {
      const contact = contacts[i] as Contact;
      return {
        id: c.id,
        name: c.name,
        nameZh: c.nameZh,
        department: c.department,
        title: c.title,
        titleZh: c.titleZh,
        rank: c.rank,
        influence: c.influence,
        buyingRole: c.buyingRole,
        attitude: c.attitude,
        relationshipStrength: c.relationshipStrength,
        ownerId: c.ownerId,
        ownerName: c.ownerName,
        ownerNameZh: c.ownerNameZh,
        isMainContact: c.isMainContact,
        email: c.email,
        phone: c.phone,
        leftAt: c.leftAt,
        notes: c.notes,
        lastActivityAt: c.lastActivityAt,
        present: isPresent(contact, now),
        active: isActiveContact(contact, now, settings.coverageWindowDays),
        titlePower: judgeTitleAgainstInfluence({ contact, settings }),
        version: c.version,
      };
    }),
    edges,
    departments,
    gaps: powerMapGaps({ contacts, relations, now, settings }),
    coverage: coverageScore({ contacts, now, settings }),
  };
}

/** The power map of an account (SPEC §5) and the lines drawn on it. People are edited through the contacts routes. */
export async function powerMapRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['power map'];

  /** The caller, once the account is known to be in their scope (404 otherwise). */
  const inScope = async (request: { user: unknown; params: { id: string } }, write = false) => {
    const user = requireUser(request as never);
    await requireAccountInScope(db(), user, request.params.id);
    if (write) requireRole(user, 'admin', 'executive', 'manager', 'rep', 'staff');
    return user;
  };

  app.get(
    '/accounts/:id/power-map',
    {
      schema: {
        tags,
        summary: 'Who really decides: people with figurehead / hidden-power badges, relations, gaps and coverage score, each with reasons',
        params: s.powerMapParams,
        response: { 200: s.powerMapView },
      },
    },
    async (request) => {
      await inScope(request);
      const [stored, settings] = await Promise.all([repo.loadPowerMap(db(), request.params.id), repo.loadPowerMapSettings(db())]);
      return describePowerMap({ accountId: request.params.id, stored, settings, now: app.now() });
    },
  );

  app.post(
    '/accounts/:id/relations',
    {
      schema: {
        tags,
        summary: 'Draw a relation between two people (scope contact) or two departments (scope department) of the account',
        params: s.powerMapParams,
        body: s.relationBody,
        response: { 201: s.relationView },
      },
    },
    async (request, reply) => {
      await inScope(request, true);
      const made = await repo.addRelation(db(), request.params.id, request.body);
      return reply.status(201).send(made.scope === 'contact' ? lineView(made.row) : blockView(made.row));
    },
  );

  app.patch(
    '/accounts/:id/relations/:relationId',
    {
      schema: {
        tags,
        summary: 'Change a relation’s kind, strength or note (send the version you read; a stale one is 409)',
        params: s.relationParams,
        body: s.relationPatch,
        response: { 200: s.relationView },
      },
    },
    async (request) => {
      await inScope(request, true);
      const changed = await repo.updateRelation(db(), request.params.id, request.params.relationId, request.body);
      return changed.scope === 'contact' ? lineView(changed.row) : blockView(changed.row);
    },
  );

  app.delete(
    '/accounts/:id/relations/:relationId',
    { schema: { tags, summary: 'Remove a relation from the map', params: s.relationParams } },
    async (request, reply) => {
      await inScope(request, true);
      await repo.deleteRelation(db(), request.params.id, request.params.relationId);
      return reply.status(204).send();
    },
  );
}
