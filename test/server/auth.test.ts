import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../src/demo/factories/index.ts';
import { type TestApp, startTestApp, testPassword } from './harness.ts';

describe('sign-in, sessions and API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await makeUser(t.database.db, { email: 'rep@example.com', role: 'rep', password: testPassword });
    await makeUser(t.database.db, { email: 'gone@example.com', role: 'rep', password: testPassword, active: false });
  });
  afterAll(() => t.close());

  it('signs in with email and password and sets an httpOnly SameSite session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'REP@example.com', password: testPassword } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.email).toBe('rep@example.com');
    expect(res.json().user).not.toHaveProperty('passwordHash');
    const cookie = res.cookies.find((c) => c.name === 'abreast_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
  });

  it('refuses a wrong password, an unknown email and a deactivated user alike', async () => {
    for (const payload of [
      { email: 'rep@example.com', password: 'wrong password' },
      { email: 'nobody@example.com', password: testPassword },
      { email: 'gone@example.com', password: testPassword },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('auth.invalid_credentials');
    }
  });

  it('names the field of a malformed login', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not-an-email', password: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation.failed', field: 'email' });
  });

  it('knows the user behind a session until logout', async () => {
    const headers = await t.login('rep@example.com');
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).json().user.email).toBe('rep@example.com');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('auth.required');
  });

  it('expires sessions', async () => {
    const headers = await t.login('rep@example.com');
    t.setNow(new Date(Date.now() + 13 * 3600_000));
    try {
      expect((await t.app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(401);
    } finally {
      t.setNow(new Date());
    }
  });

  it('accepts a personal API token as Bearer until it is revoked', async () => {
    const headers = await t.login('rep@example.com');
    const created = await t.app.inject({ method: 'POST', url: '/api/tokens', headers, payload: { name: 'integration' } });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).json().user.email).toBe('rep@example.com');
    const listed = await t.app.inject({ method: 'GET', url: '/api/tokens', headers });
    expect(JSON.stringify(listed.json())).not.toContain(token);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers })).statusCode).toBe(204);
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer });
    expect(res.statusCode).toBe(401);
  });

  it('serves the OpenAPI document with the account routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/accounts'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['region', 'industry', 'owner', 'status', 'q', 'sort', 'cursor']),
    );
  });
});
