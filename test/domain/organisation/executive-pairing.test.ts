import { describe, expect, it } from 'vitest';
import { executivePairingStatus } from '../../../src/domain/organisation/executive-pairing.ts';
import { NOW, daysAgo, daysLater } from './fixtures.ts';

const pairing = { executiveId: 'ceo', salesTrained: true };
const status = (visitDaysAgo: number[], extra: Partial<typeof pairing & { pairedAt: Date }> = {}) =>
  executivePairingStatus({
    pairing: { ...pairing, ...extra },
    visits: visitDaysAgo.map((d) => ({ at: daysAgo(d) })),
    now: NOW,
    cadenceDays: 92,
  });

describe('executivePairingStatus', () => {
  it('is on cadence at exactly the cadence, overdue just after, fine just before', () => {
    expect(status([92]).value.overdue).toBe(false);
    expect(status([91.9]).value.overdue).toBe(false);
    expect(status([92.1]).value.overdue).toBe(true);
  });

  it('reports the last visit, the next due date and the days since', () => {
    const r = status([200, 30, 100]);
    expect(r.value.lastVisitAt).toEqual(daysAgo(30));
    expect(r.value.nextDueAt).toEqual(daysLater(62));
    expect(r.value.daysSinceLastVisit).toBeCloseTo(30);
    expect(r.reasons.find((x) => x.rule === 'executive_visit_cadence')).toMatchObject({ met: true, threshold: 92 });
  });

  it('ignores planned visits that lie in the future', () => {
    const r = executivePairingStatus({
      pairing,
      visits: [{ at: daysAgo(120) }, { at: daysLater(5) }],
      now: NOW,
      cadenceDays: 92,
    });
    expect(r.value.lastVisitAt).toEqual(daysAgo(120));
    expect(r.value.overdue).toBe(true);
  });

  it('counts a new pairing from its start, and a pairing with no start and no visit as due now', () => {
    expect(status([], { pairedAt: daysAgo(10) }).value).toMatchObject({ overdue: false, nextDueAt: daysLater(82) });
    expect(status([], { pairedAt: daysAgo(93) }).value.overdue).toBe(true);
    expect(status([]).value).toMatchObject({ overdue: true, nextDueAt: null, lastVisitAt: null });
  });

  it('flags an executive without sales training', () => {
    const r = status([10], { salesTrained: false });
    expect(r.value.salesTrained).toBe(false);
    expect(r.reasons.find((x) => x.rule === 'executive_sales_trained')?.met).toBe(false);
    expect(status([10]).reasons.find((x) => x.rule === 'executive_sales_trained')?.met).toBe(true);
  });
});
