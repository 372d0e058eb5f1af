import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, apiUrl } from '../../../src/web/app/api.ts';

const respond = (status: number, body?: unknown) =>
  vi.fn(
    async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('puts only filled query parameters in the URL', () => {
    expect(apiUrl('/accounts', { region: 'r1', q: '', owner: undefined, tier: null, limit: 25 })).toBe('/api/accounts?region=r1&limit=25');
    expect(apiUrl('/me')).toBe('/api/me');
  });

  it('sends JSON with the session cookie and returns the body', async () => {
    const fetch = respond(200, { user: { id: 'u1' } });
    vi.stubGlobal('fetch', fetch);
    await expect(api('/auth/login', { method: 'POST', body: { email: 'a@b.c', password: 'x' } })).resolves.toEqual({ user: { id: 'u1' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/login');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"email":"a@b.c","password":"x"}');
  });

  it('turns an error body into an ApiError with its code and field', async () => {
    vi.stubGlobal(
      'fetch',
      respond(400, { error: { code: 'validation.failed', message: 'collectionCycleDays: too big', field: 'collectionCycleDays' } }),
    );
    const err = await api('/accounts/1', { method: 'PATCH', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'validation.failed', field: 'collectionCycleDays' });
  });

  it('reports a stale version as a conflict', async () => {
    vi.stubGlobal('fetch', respond(409, { error: { code: 'conflict.stale_version', message: 'stale' } }));
    await expect(api('/accounts/1', { method: 'PATCH', body: { version: 1 } })).rejects.toMatchObject({
      status: 409,
      code: 'conflict.stale_version',
    });
  });

  it('names a failure without a JSON body by its status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(api('/accounts')).rejects.toMatchObject({ status: 502, code: 'internal' });
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api('/accounts')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('returns nothing for 204 No Content', async () => {
    vi.stubGlobal('fetch', respond(204));
    await expect(api('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });
});
