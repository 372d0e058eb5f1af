import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Commitment, checkCommitments } from '../../../src/domain/organisation/commitments.ts';
import { HOUR, NOW, daysAgo, daysLater } from './fixtures.ts';

const c = (id: string, over: Partial<Commitment>): Commitment => ({
  id,
  accountId: 'acc-1',
  promisedBy: 'ceo',
  what: 'Dedicated peak-season linehaul capacity',
  toContact: 'contact-1',
  dueAt: daysLater(10),
  status: 'open',
  ...over,
});

describe('checkCommitments (拍胸脯)', () => {
  it('does not flag an open commitment at its due time, flags it an instant after', () => {
    expect(checkCommitments({ commitments: [c('a', { dueAt: NOW })], now: NOW }).value.flagged).toEqual([]);
    const r = checkCommitments({ commitments: [c('a', { dueAt: new Date(NOW.getTime() - HOUR) })], now: NOW });
    expect(r.value.flagged).toHaveLength(1);
    expect(r.value.flagged[0]).toMatchObject({ id: 'a', flag: 'overdue' });
    expect(r.value.flagged[0]?.daysOverdue).toBeCloseTo(1 / 24);
    expect(r.reasons.find((x) => x.rule === 'commitment_on_time')?.met).toBe(false);
  });

  it('flags broken commitments whatever their date, and never kept ones', () => {
    const r = checkCommitments({
      commitments: [c('b', { status: 'broken', dueAt: daysLater(30) }), c('k', { status: 'kept', dueAt: daysAgo(30) })],
      now: NOW,
    });
    expect(r.value.flagged.map((f) => [f.id, f.flag])).toEqual([['b', 'broken']]);
    expect(r.reasons.find((x) => x.rule === 'commitments_all_honoured')?.met).toBe(false);
  });

  it('totals flags on the person who promised and on the account', () => {
    const r = checkCommitments({
      commitments: [
        c('1', { promisedBy: 'ceo', accountId: 'acc-1', status: 'broken' }),
        c('2', { promisedBy: 'ceo', accountId: 'acc-2', dueAt: daysAgo(5) }),
        c('3', { promisedBy: 'coo', accountId: 'acc-2', status: 'kept' }),
        c('4', { promisedBy: 'coo', accountId: 'acc-2' }),
      ],
      now: NOW,
    });
    expect(r.value.byPerson).toEqual([
      { key: 'ceo', open: 1, kept: 0, broken: 1, overdue: 1, flaggedIds: ['1', '2'] },
      { key: 'coo', open: 1, kept: 1, broken: 0, overdue: 0, flaggedIds: [] },
    ]);
    expect(r.value.byAccount).toEqual([
      { key: 'acc-1', open: 0, kept: 0, broken: 1, overdue: 0, flaggedIds: ['1'] },
      { key: 'acc-2', open: 2, kept: 1, broken: 0, overdue: 1, flaggedIds: ['2'] },
    ]);
  });

  it('says all is honoured when nothing is flagged', () => {
    const r = checkCommitments({ commitments: [c('a', {})], now: NOW });
    expect(r.value.flagged).toEqual([]);
    expect(r.reasons).toEqual([expect.objectContaining({ rule: 'commitments_all_honoured', met: true })]);
  });

  it('puts every flag on exactly one person and one account', () => {
    const commitment = fc.record({
      id: fc.uuid(),
      accountId: fc.constantFrom('acc-1', 'acc-2', 'acc-3'),
      promisedBy: fc.constantFrom('ceo', 'coo', 'cfo'),
      dueOffsetDays: fc.integer({ min: -60, max: 60 }),
      status: fc.constantFrom('open', 'kept', 'broken'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(commitment, { selector: (x) => x.id, maxLength: 25 }), (rows) => {
        const commitments = rows.map(({ dueOffsetDays, ...rest }) =>
          c(rest.id, { ...rest, dueAt: daysLater(dueOffsetDays) } as Partial<Commitment>),
        );
        const r = checkCommitments({ commitments, now: NOW });
        const flagged = r.value.flagged.map((f) => f.id).sort();
        expect(r.value.byPerson.flatMap((t) => t.flaggedIds).sort()).toEqual(flagged);
        expect(r.value.byAccount.flatMap((t) => t.flaggedIds).sort()).toEqual(flagged);
        for (const f of r.value.flagged) {
          const source = commitments.find((x) => x.id === f.id);
          expect(source?.status === 'broken' || (source?.status === 'open' && source.dueAt < NOW)).toBe(true);
        }
      }),
    );
  });
});
