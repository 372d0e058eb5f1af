import { describe, expect, it } from 'vitest';
import { nailCriteria } from '../../../src/domain/tags/nail-criteria.ts';
import { NOW, daysAgo } from './build-tag-input.ts';

const base = { now: NOW, walletCny: 30_000_000, ourShare: 0.1, lastProgressAt: daysAgo(200) };
const rule = (j: ReturnType<typeof nailCriteria>, name: string) => j.reasons.find((r) => r.rule === name);

describe('nailCriteria', () => {
  it('qualifies a large, low-share, stalled account', () => {
    expect(nailCriteria(base).value).toBe(true);
  });

  it('needs a wallet of at least 20,000,000 CNY', () => {
    expect(nailCriteria({ ...base, walletCny: 19_999_999 }).value).toBe(false);
    expect(nailCriteria({ ...base, walletCny: 20_000_000 }).value).toBe(true);
    expect(nailCriteria({ ...base, walletCny: 20_000_001 }).value).toBe(true);
    expect(rule(nailCriteria({ ...base, walletCny: null }), 'nail_wallet')).toMatchObject({ met: false, input: null });
  });

  it('needs our share at or below 0.2', () => {
    expect(nailCriteria({ ...base, ourShare: 0.19 }).value).toBe(true);
    expect(nailCriteria({ ...base, ourShare: 0.2 }).value).toBe(true);
    expect(nailCriteria({ ...base, ourShare: 0.21 }).value).toBe(false);
    expect(nailCriteria({ ...base, ourShare: null }).value).toBe(false);
  });

  it('needs no progress for at least 180 days', () => {
    expect(nailCriteria({ ...base, lastProgressAt: daysAgo(179) }).value).toBe(false);
    expect(nailCriteria({ ...base, lastProgressAt: daysAgo(180) }).value).toBe(true);
    expect(nailCriteria({ ...base, lastProgressAt: daysAgo(181) }).value).toBe(true);
    expect(rule(nailCriteria({ ...base, lastProgressAt: daysAgo(181) }), 'nail_stalled')).toMatchObject({
      met: true,
      input: 181,
      threshold: 180,
    });
  });

  it('counts the stall from when tracking began when nothing ever progressed', () => {
    expect(nailCriteria({ ...base, lastProgressAt: null }).value).toBe(false);
    expect(nailCriteria({ ...base, lastProgressAt: null, trackedSince: daysAgo(179) }).value).toBe(false);
    expect(nailCriteria({ ...base, lastProgressAt: null, trackedSince: daysAgo(180) }).value).toBe(true);
  });

  it('lets recent progress win over an old tracking date', () => {
    expect(nailCriteria({ ...base, lastProgressAt: daysAgo(10), trackedSince: daysAgo(900) }).value).toBe(false);
  });
});
