import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsVersions } from '../../src/db/schema/index.ts';
import {
  makeAccount,
  makeActivity,
  makeContact,
  makeDepartmentRelation,
  makeRelation,
  makeTeamMember,
  makeUser,
} from '../../src/demo/factories/index.ts';
import { startTestApp, type TestApp, testPassword } from './harness.ts';

const now = new Date('2025-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

interface Reason {
  rule: string;
  key: string;
  met: boolean;
  input?: unknown;
  threshold?: unknown;
  params?: Record<string, unknown>;
}
interface Node {
  id: string;
  name: string;
  lastActivityAt: string | null;
  active: boolean;
  present: boolean;
  version: number;
  titlePower: { value: string | null; reasons: Reason[] };
}
interface Edge {
  id: string;
  scope: string;
  kind: string;
  from: string;
  to: string;
  strength: number;
  version: number;
}
interface Gap {
  gap: string;
  severity: string;
  contactIds: string[];
  reasons: Reason[];
}
interface PowerMap {
  nodes: Node[];
  edges: Edge[];
  departments: string[];
  gaps: Gap[];
  coverage: { value: number; reasons: Reason[] };
}

/**
 * The power map of one customer (SPEC §5), as the API serves it: people with their
 * real influence judged against the title, the lines between people and departments,
 * the gaps and the coverage score, every one with its reasons.
 */
describe('power map API', () => {
  let t: TestApp;
  let rep: Record<string, string>;
  let otherRep: Record<string, string>;
  let staffMember: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    t.setNow(now);
    const db = t.database.db;
    const owner = await makeUser(db, { email: 'rep@pm.test', role: 'rep', password: testPassword });
    const other = await makeUser(db, { email: 'other@pm.test', role: 'rep', password: testPassword });
    const staff = await makeUser(db, { email: 'staff@pm.test', role: 'staff', password: testPassword });
    ids.owner = owner.id;
    const account = await makeAccount(db, { name: 'Jianghan Auto Parts', ownerId: owner.id });
    ids.account = account.id;
    await makeTeamMember(db, { accountId: account.id, userId: staff.id, role: 'delivery' });
    ids.elsewhere = (await makeAccount(db, { name: 'Someone else’s', ownerId: other.id })).id;
    ids.stranger = (await makeContact(db, { accountId: ids.elsewhere, name: 'Stranger' })).id;

    const person = async (key: string, fields: Parameters<typeof makeContact>[1]) => {
      ids[key] = (await makeContact(db, { accountId: account.id, ownerId: owner.id, ...fields })).id;
    };
    await person('president', {
      name: 'Tan Guoqiang',
      department: 'general_management',
      rank: 1,
      influence: 5,
      buyingRole: 'decision_maker',
      attitude: 'neutral',
    });
    await person('vp', {
      name: 'Qian Wenbo',
      department: 'general_management',
      rank: 1,
      influence: 1,
      buyingRole: 'user',
      isMainContact: true,
    });
    await person('chief', {
      name: 'Kong Dejun',
      department: 'logistics',
      rank: 4,
      influence: 5,
      buyingRole: 'evaluator',
      attitude: 'supporter',
    });
    await person('plant', {
      name: 'Ye Qing',
      department: 'production',
      rank: 3,
      influence: 4,
      buyingRole: 'user',
      attitude: 'opponent',
      ownerId: null,
    });
    await person('buyer', {
      name: 'Du Wei',
      department: 'procurement',
      rank: 2,
      influence: 3,
      buyingRole: 'influencer',
      attitude: 'supporter',
    });

    // The chief was seen twice; the map must show the latest. The buyer last 200 days ago.
    await makeActivity(db, { accountId: account.id, occurredAt: daysAgo(40), userIds: [owner.id], contactIds: [ids.chief!] });
    await makeActivity(db, { accountId: account.id, occurredAt: daysAgo(10), userIds: [owner.id], contactIds: [ids.chief!, ids.vp!] });
    await makeActivity(db, { accountId: account.id, occurredAt: daysAgo(200), userIds: [owner.id], contactIds: [ids.buyer!] });
    await makeRelation(db, { accountId: account.id, fromContactId: ids.vp, toContactId: ids.president, kind: 'reports_to', strength: 3 });
    await makeRelation(db, {
      accountId: account.id,
      fromContactId: ids.plant,
      toContactId: ids.president,
      kind: 'influences',
      strength: 3,
    });
    await makeDepartmentRelation(db, { accountId: account.id, fromDepartment: 'procurement', toDepartment: 'production', kind: 'rival' });

    rep = await t.login('rep@pm.test');
    otherRep = await t.login('other@pm.test');
    staffMember = await t.login('staff@pm.test');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, payload?: object, headers = rep) =>
    t.app.inject({ method, url: `/api/accounts/${ids.account}${path}`, headers, ...(payload ? { payload } : {}) });
  const powerMap = async (): Promise<PowerMap> => {
    const res = await call('GET', '/power-map');
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const node = (map: PowerMap, key: string) => map.nodes.find((n) => n.id === ids[key]) as Node;
  const gap = (map: PowerMap, kind: string) => map.gaps.find((g) => g.gap === kind);

  it('badges the figurehead and the hidden power, with the rank and influence behind each', async () => {
    const map = await powerMap();
    expect(node(map, 'vp').titlePower.value).toBe('figurehead');
    expect(node(map, 'chief').titlePower.value).toBe('hidden_power');
    expect(node(map, 'buyer').titlePower.value).toBeNull();
    const reasons = node(map, 'chief').titlePower.reasons;
    expect(reasons.find((r) => r.rule === 'hidden_power_rank')).toMatchObject({
      met: true,
      input: 4,
      threshold: 4,
      key: 'reasons.power_map.hidden_power_rank',
    });
    expect(reasons.find((r) => r.rule === 'hidden_power_influence')).toMatchObject({ met: true, input: 5, threshold: 4 });
  });

  it('takes each person’s last activity from the activities they took part in', async () => {
    const map = await powerMap();
    expect(new Date(node(map, 'chief').lastActivityAt as string).toISOString()).toBe(daysAgo(10).toISOString());
    expect(node(map, 'chief').active).toBe(true);
    expect(node(map, 'buyer').active).toBe(false);
    expect(node(map, 'president').lastActivityAt).toBeNull();
  });

  it('draws contact and department relations as edges and lists every department', async () => {
    const map = await powerMap();
    expect(map.edges).toHaveLength(3);
    expect(map.edges).toContainEqual(
      expect.objectContaining({ scope: 'contact', kind: 'influences', from: ids.plant, to: ids.president, strength: 3 }),
    );
    expect(map.edges).toContainEqual(
      expect.objectContaining({ scope: 'department', kind: 'rival', from: 'procurement', to: 'production' }),
    );
    expect(map.departments.sort()).toEqual(['general_management', 'logistics', 'procurement', 'production']);
  });

  it('finds the gaps with the people concerned and the reasons, most urgent first', async () => {
    const map = await powerMap();
    const kinds = map.gaps.map((g) => g.gap);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'no_coach',
        'decision_maker_not_covered',
        'high_influence_opponent',
        'opponent_influences_decision_maker',
        'figurehead_as_main_contact',
      ]),
    );
    expect(kinds).not.toContain('single_threaded');
    expect(map.gaps.map((g) => g.severity)).toEqual(
      [...map.gaps.map((g) => g.severity)].sort(
        (a, b) => ['critical', 'warning', 'info'].indexOf(a) - ['critical', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(gap(map, 'decision_maker_not_covered')?.contactIds).toEqual([ids.president]);
    expect(gap(map, 'decision_maker_not_covered')?.reasons).toContainEqual(
      expect.objectContaining({
        rule: 'decision_maker_activity',
        met: false,
        input: null,
        key: 'reasons.power_map.decision_maker_activity_never',
      }),
    );
    expect(gap(map, 'high_influence_opponent')?.contactIds).toEqual([ids.plant]);
    expect(gap(map, 'opponent_influences_decision_maker')?.contactIds.sort()).toEqual([ids.plant, ids.president].sort());
  });

  it('scores coverage from five parts, each with its reason and points', async () => {
    const map = await powerMap();
    expect(map.coverage.reasons.map((r) => r.rule)).toEqual([
      'coverage_contact_points',
      'coverage_levels',
      'coverage_departments',
      'coverage_decision_makers',
      'coverage_attitude',
    ]);
    // Two active people (vp, chief) of the five needed; the decision maker not covered.
    expect(map.coverage.reasons[0]).toMatchObject({ input: 2, threshold: 5, met: false });
    expect(map.coverage.reasons[3]).toMatchObject({ input: 0, threshold: 1, met: false });
    expect(map.coverage.value).toBeGreaterThan(0);
    expect(map.coverage.value).toBeLessThan(100);
  });

  it('closes gaps and raises coverage as the rep adds a coach and meets the decision maker', async () => {
    const before = await powerMap();
    const coach = await call('POST', '/contacts', {
      name: 'Ma Lihua',
      department: 'administration',
      title: 'Head of Administration',
      rank: 3,
      influence: 3,
      buyingRole: 'coach',
      attitude: 'supporter',
      ownerId: ids.owner,
    });
    expect(coach.statusCode).toBe(201);
    const visit = await call('POST', '/activities', {
      kind: 'visit',
      occurredAt: daysAgo(1).toISOString(),
      subject: 'Meeting the president',
      ourUserIds: [ids.owner],
      contactIds: [ids.president, coach.json().id],
    });
    expect(visit.statusCode).toBe(201);
    const after = await powerMap();
    expect(gap(after, 'no_coach')).toBeUndefined();
    expect(gap(after, 'decision_maker_not_covered')).toBeUndefined();
    expect(after.coverage.value).toBeGreaterThan(before.coverage.value);
  });

  it('follows a contact edit made through the contacts route', async () => {
    const vp = node(await powerMap(), 'vp');
    // The canvas's side panel sends every field it shows, as here.
    const fields = { rank: 1, influence: 3, buyingRole: 'user', attitude: 'neutral', relationshipStrength: 2, isMainContact: true };
    const res = await call('PATCH', `/contacts/${ids.vp}`, { version: vp.version, ...fields });
    expect(res.statusCode).toBe(200);
    const map = await powerMap();
    expect(node(map, 'vp').titlePower.value).toBeNull();
    expect(gap(map, 'figurehead_as_main_contact')).toBeUndefined();
  });

  it('draws, changes and removes a relation between two people', async () => {
    const made = await call('POST', '/relations', { scope: 'contact', fromContactId: ids.chief, toContactId: ids.plant, kind: 'ally' });
    expect(made.statusCode).toBe(201);
    const edge = made.json() as Edge;
    expect(edge).toMatchObject({ scope: 'contact', kind: 'ally', from: ids.chief, to: ids.plant, strength: 2, version: 1 });
    expect((await powerMap()).edges.map((e) => e.id)).toContain(edge.id);

    const changed = await call('PATCH', `/relations/${edge.id}`, {
      version: 1,
      kind: 'influences',
      strength: 3,
      note: 'Signs the carrier scorecards',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ kind: 'influences', strength: 3, version: 2, note: 'Signs the carrier scorecards' });
    const stale = await call('PATCH', `/relations/${edge.id}`, { version: 1, strength: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict.stale_version', field: 'version' });

    expect((await call('DELETE', `/relations/${edge.id}`)).statusCode).toBe(204);
    expect((await powerMap()).edges.map((e) => e.id)).not.toContain(edge.id);
    expect((await call('DELETE', `/relations/${edge.id}`)).statusCode).toBe(404);
  });

  it('draws, changes and removes a relation between two departments', async () => {
    const made = await call('POST', '/relations', {
      scope: 'department',
      fromDepartment: 'administration',
      toDepartment: 'procurement',
      kind: 'ally',
      strength: 3,
    });
    expect(made.statusCode).toBe(201);
    const edge = made.json() as Edge;
    expect(edge).toMatchObject({ scope: 'department', from: 'administration', to: 'procurement', kind: 'ally', strength: 3 });
    const changed = await call('PATCH', `/relations/${edge.id}`, { version: edge.version, kind: 'rival' });
    expect(changed.json()).toMatchObject({ scope: 'department', kind: 'rival', version: 2 });
    expect((await call('DELETE', `/relations/${edge.id}`)).statusCode).toBe(204);
  });

  it('refuses bad relations and names the field at fault', async () => {
    const refused = async (payload: object, status: number, code: string, field: string) => {
      const res = await call('POST', '/relations', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().error, JSON.stringify(payload)).toMatchObject({ code, field });
    };
    const before = (await powerMap()).edges.length;
    await refused(
      { scope: 'contact', fromContactId: ids.chief, toContactId: ids.chief, kind: 'ally' },
      400,
      'validation.failed',
      'toContactId',
    );
    await refused(
      { scope: 'contact', fromContactId: ids.stranger, toContactId: ids.chief, kind: 'ally' },
      400,
      'validation.failed',
      'fromContactId',
    );
    await refused(
      { scope: 'contact', fromContactId: ids.chief, toContactId: ids.stranger, kind: 'ally' },
      400,
      'validation.failed',
      'toContactId',
    );
    await refused(
      { scope: 'contact', fromContactId: ids.chief, toContactId: ids.plant, kind: 'friends' },
      400,
      'validation.failed',
      'kind',
    );
    await refused(
      { scope: 'contact', fromContactId: ids.chief, toContactId: ids.plant, kind: 'ally', strength: 4 },
      400,
      'validation.failed',
      'strength',
    );
    await refused(
      { scope: 'contact', fromContactId: 'not-a-uuid', toContactId: ids.plant, kind: 'ally' },
      400,
      'validation.failed',
      'fromContactId',
    );
    await refused({ fromContactId: ids.chief, toContactId: ids.plant, kind: 'ally' }, 400, 'validation.failed', 'scope');
    await refused(
      { scope: 'department', fromDepartment: 'Procurement', toDepartment: ' procurement ', kind: 'rival' },
      400,
      'validation.failed',
      'toDepartment',
    );
    await refused(
      { scope: 'department', fromDepartment: '', toDepartment: 'finance', kind: 'rival' },
      400,
      'validation.failed',
      'fromDepartment',
    );
    // The rivalry is already there, drawn the other way round; and the same influence twice.
    await refused(
      { scope: 'department', fromDepartment: 'production', toDepartment: 'procurement', kind: 'rival' },
      409,
      'conflict.duplicate',
      'kind',
    );
    await refused(
      { scope: 'contact', fromContactId: ids.plant, toContactId: ids.president, kind: 'influences' },
      409,
      'conflict.duplicate',
      'kind',
    );
    expect((await powerMap()).edges).toHaveLength(before);
    // The other direction of a directed line is a different line.
    const reverse = await call('POST', '/relations', {
      scope: 'contact',
      fromContactId: ids.president,
      toContactId: ids.plant,
      kind: 'influences',
    });
    expect(reverse.statusCode).toBe(201);
    await call('DELETE', `/relations/${reverse.json().id}`);
  });

  it('keeps someone else’s account out of reach, as not found', async () => {
    const map = (await powerMap()).edges[0] as Edge;
    const attempts = [
      await call('GET', '/power-map', undefined, otherRep),
      await call('POST', '/relations', { scope: 'contact', fromContactId: ids.chief, toContactId: ids.buyer, kind: 'ally' }, otherRep),
      await call('PATCH', `/relations/${map.id}`, { version: map.version, strength: 1 }, otherRep),
      await call('DELETE', `/relations/${map.id}`, undefined, otherRep),
    ];
    for (const res of attempts) expect(res.json().error.code).toBe('account.not_found');
    expect((await powerMap()).edges.find((e) => e.id === map.id)).toMatchObject({ version: map.version });
    // A relation of another account is not found through this one.
    const theirs = await makeRelation(t.database.db, { accountId: ids.elsewhere });
    expect((await call('DELETE', `/relations/${theirs.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/accounts/${ids.account}/power-map` })).statusCode).toBe(401);
  });

  it('lets a team member read the map', async () => {
    expect((await call('GET', '/power-map', undefined, staffMember)).statusCode).toBe(200);
  });

  it('judges with the company’s saved settings rather than the defaults', async () => {
    // A company that calls influence 5 at rank 4 ordinary and a rank-1 person with influence 3 a figurehead.
    await t.database.db.insert(settingsVersions).values({
      version: 1,
      document: { powerMap: { figurehead: { maxRank: 1, maxInfluence: 3 }, hiddenPower: { minRank: 5, minInfluence: 5 } } },
    });
    const map = await powerMap();
    expect(node(map, 'vp').titlePower.value).toBe('figurehead');
    expect(node(map, 'chief').titlePower.value).toBeNull();
    expect(node(map, 'chief').titlePower.reasons.find((r) => r.rule === 'hidden_power_rank')).toMatchObject({
      met: false,
      input: 4,
      threshold: 5,
    });
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/accounts/{id}/power-map', '/api/accounts/{id}/relations', '/api/accounts/{id}/relations/{relationId}']),
    );
    expect(doc.paths['/api/accounts/{id}/relations/{relationId}']).toHaveProperty('patch');
  });
});
