import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../src/db/schema/index.ts';
import { makeAccount, makeRegion, makeUser } from '../../src/demo/factories/index.ts';
import { startTestApp, type TestApp, testPassword } from '../server/harness.ts';
import { accountHeader, csv, rowCount } from './transfer-fixtures.ts';

describe('import and export over HTTP', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let rep: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.database.db;
    const east = await makeRegion(db, { code: 'EAST' });
    await makeUser(db, { email: 'admin@example.com', role: 'admin', password: testPassword });
    const repUser = await makeUser(db, { email: 'rep@example.com', role: 'rep', regionId: east.id, password: testPassword });
    await makeAccount(db, { name: 'Rep Owned Co', ownerId: repUser.id });
    admin = await t.login('admin@example.com');
    rep = await t.login('rep@example.com');
  });
  afterAll(() => t.close());

  const post = (headers: Record<string, string>, payload: string | object, type = 'text/csv; charset=utf-8') =>
    t.app.inject({ method: 'POST', url: '/api/import/accounts', headers: { ...headers, 'content-type': type }, payload });

  it('imports a CSV body', async () => {
    const file = csv(accountHeader, [
      ['Xiamen Foods', '厦门食品', 'fmcg', 'EAST', 'Fujian', 'Xiamen', 'rep@example.com', 'active', '', ''],
    ]);
    const res = await post(admin, file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ kind: 'accounts', imported: 1 });
  });

  it('also takes the file wrapped in JSON', async () => {
    const file = csv(accountHeader, [['Fuzhou Shoes', '', 'apparel', '', 'Fujian', 'Fuzhou', '', '', '', '']]);
    const res = await post(admin, { csv: file }, 'application/json');
    expect(res.json()).toEqual({ kind: 'accounts', imported: 1 });
  });

  it('answers 400 import.invalid with every row error, and writes nothing', async () => {
    const before = await rowCount(t.database.db, accounts);
    const file = csv(accountHeader, [
      ['Fine Co', '', 'fmcg', 'EAST', 'Fujian', 'Xiamen', '', '', '', ''],
      ['Bad Co', '', 'fmcg', 'EAST', 'Fujian', 'Xiamen', 'ghost@example.com', '', '', ''],
    ]);
    const res = await post(admin, file);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('import.invalid');
    expect(body.error.details).toEqual({
      errorCount: 1,
      errors: [{ row: 3, column: 'owner_email', message: 'no user has the email ghost@example.com' }],
    });
    expect(body.error.message).toContain('row 3, column owner_email');
    expect(await rowCount(t.database.db, accounts)).toBe(before);
  });

  it('forbids a rep to import (403)', async () => {
    const res = await post(rep, csv(accountHeader, [['Rep Co', '', 'fmcg', '', 'Fujian', 'Xiamen', '', '', '', '']]));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.forbidden');
  });

  it('names an unknown kind', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/import/deals',
      headers: { ...admin, 'content-type': 'text/csv' },
      payload: 'a\n',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('kind');
  });

  it("exports CSV in the caller's scope", async () => {
    const all = await t.app.inject({ method: 'GET', url: '/api/export/accounts', headers: admin });
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-type']).toContain('text/csv');
    expect(all.headers['content-disposition']).toContain('abreast-accounts-');
    expect(all.body).toContain('Xiamen Foods,厦门食品,fmcg,EAST');
    const mine = await t.app.inject({ method: 'GET', url: '/api/export/accounts', headers: rep });
    const names = mine.body
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(names.sort()).toEqual(['Rep Owned Co', 'Xiamen Foods']);
  });

  it('needs a signed-in caller to export', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/export/contacts' })).statusCode).toBe(401);
  });

  it('documents both endpoints in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/import/{kind}'].post.requestBody.content).toHaveProperty('text/csv');
    expect(doc.paths['/api/export/{kind}'].get.responses['200'].content).toHaveProperty('text/csv');
  });
});
