import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

describe('settings API', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let manager: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    await makeUser(t.database.db, { email: 'admin@example.com', role: 'admin', name: 'Ada Admin', password: testPassword });
    await makeUser(t.database.db, { email: 'manager@example.com', role: 'manager', password: testPassword });
    admin = await t.login('admin@example.com');
    manager = await t.login('manager@example.com');
  });
  afterAll(() => t.close());

  const get = (url: string, headers = admin) => t.app.inject({ method: 'GET', url, headers });
  const put = (payload: object, headers = admin) => t.app.inject({ method: 'PUT', url: '/api/settings', headers, payload });
  const current = async () => (await get('/api/settings')).json();
  const edited = async (change: (document: any) => void) => {
    const { document, version } = await current();
    change(document);
    return { document, version };
  };

  it('starts from the method’s defaults as version 1, readable by everyone signed in', async () => {
    const res = await get('/api/settings', manager);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBe(1);
    expect(body.document.selection.paymentTrap).toEqual({ maxCollectionDays: 90, maxOverdueShare: 0.2 });
    expect(body.document.tags.benchmark.minInfluence).toBe(4);
    expect((await t.app.inject({ method: 'GET', url: '/api/settings' })).statusCode).toBe(401);
  });

  it('saves a new version, keeps the old one and says who saved it', async () => {
    const res = await put({
      ...(await edited((d) => (d.selection.paymentTrap.maxCollectionDays = 120))),
      note: 'Auto parts pay in 120 days',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, note: 'Auto parts pay in 120 days', createdBy: { name: 'Ada Admin' } });
    expect((await current()).document.selection.paymentTrap.maxCollectionDays).toBe(120);

    expect((await get('/api/settings/versions/1')).json().document.selection.paymentTrap.maxCollectionDays).toBe(90);
    expect((await get('/api/settings/versions')).json().items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await get('/api/settings/versions/9')).statusCode).toBe(404);
  });

  it('names the field of a value out of range or unknown, and saves nothing', async () => {
    const negative = await put(await edited((d) => (d.selection.paymentTrap.maxCollectionDays = -5)));
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error).toMatchObject({ code: 'validation.failed', field: 'selection.paymentTrap.maxCollectionDays' });

    const basis = await put(await edited((d) => (d.selection.scaleBasis = 'volume')));
    expect(basis.json().error.field).toBe('selection.scaleBasis');

    const share = await put(await edited((d) => (d.tags.dangerous.revenueDrop.minDrop = 1.5)));
    expect(share.json().error.field).toBe('tags.dangerous.revenueDrop.minDrop');
    expect((await current()).version).toBe(2);
  });

  it('fills a section left out with its defaults', async () => {
    const { document, version } = await current();
    const { ladder: _, ...withoutLadder } = document;
    const res = await put({ document: withoutLadder, version });
    expect(res.statusCode).toBe(200);
    expect(res.json().document.ladder.levelDropAlertDays).toBe(180);
  });

  it('refuses a save from a stale version with 409, and two saves from the same version let one through', async () => {
    const stale = await put({ ...(await edited(() => {})), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict.stale_version');

    const base = await edited((d) => (d.selection.strategicPoolMax = 25));
    const results = await Promise.all([put(base), put(base)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('lets only admins edit, refusing others before reading what they sent', async () => {
    const res = await put(await edited((d) => (d.selection.strategicPoolMax = 10)), manager);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
    expect((await put({ nonsense: true }, manager)).statusCode).toBe(403);
  });

  it('serves the JSON Schema of the document for the settings form', async () => {
    const schema = (await get('/api/settings/schema', manager)).json();
    expect(schema.properties.selection.properties.paymentTrap.properties.maxCollectionDays).toMatchObject({
      type: 'number',
      minimum: 0,
      default: 90,
    });
    expect(Object.keys(schema.properties)).toEqual(['selection', 'tags', 'ladder', 'deals', 'powerMap', 'organisation', 'portfolio']);
  });
});
