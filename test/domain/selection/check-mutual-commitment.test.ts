import { describe, expect, it } from 'vitest';
import { checkMutualCommitment, type CommitmentEvent } from '../../../src/domain/selection/check-mutual-commitment.ts';
import { NOW, attest, daysAgo } from './fixtures.ts';

const WINDOW_START = new Date('2025-06-30T12:00:00Z'); // 12 months before NOW
const meeting = (occurredAt: Date): CommitmentEvent => ({ kind: 'executive_meeting', occurredAt });
const investment = (occurredAt: Date): CommitmentEvent => ({ kind: 'joint_investment', occurredAt });
const check = (events: CommitmentEvent[], attestations = [] as ReturnType<typeof attest>[], windowMonths = 12) =>
  checkMutualCommitment({ events, attestations, windowMonths, now: NOW });

describe('checkMutualCommitment', () => {
  it('is met by an executive meeting or a customer investment in the window', () => {
    expect(check([meeting(daysAgo(30))]).value).toBe(true);
    expect(check([investment(daysAgo(30))]).value).toBe(true);
    const none = check([]);
    expect(none.value).toBe(false);
    expect(none.reasons.map((r) => [r.rule, r.met])).toEqual([
      ['mutual_commitment.executive_meeting', false],
      ['mutual_commitment.joint_investment', false],
    ]);
  });

  it('counts an event exactly at the window start, not one just before it', () => {
    expect(check([meeting(WINDOW_START)]).value).toBe(true);
    expect(check([meeting(new Date(WINDOW_START.getTime() - 1))]).value).toBe(false);
    expect(check([meeting(new Date(WINDOW_START.getTime() + 1))]).value).toBe(true);
  });

  it('follows the configured window', () => {
    expect(check([meeting(daysAgo(200))], [], 6).value).toBe(false);
    expect(check([meeting(daysAgo(200))], [], 12).value).toBe(true);
  });

  it('ignores events dated after now', () => {
    expect(check([meeting(new Date(NOW.getTime() + 1))]).value).toBe(false);
  });

  it('is met by a for attestation when nothing speaks against it', () => {
    const j = check([], [attest('mutual_commitment', 'for', daysAgo(20))]);
    expect(j.value).toBe(true);
    expect(j.reasons.at(-1)).toMatchObject({ rule: 'mutual_commitment.attested_for', met: true });
  });

  it('lets a refusal outweigh earlier meetings and any for attestation', () => {
    const j = check(
      [meeting(daysAgo(200)), investment(daysAgo(100))],
      [attest('mutual_commitment', 'against', daysAgo(60)), attest('mutual_commitment', 'for', daysAgo(10))],
    );
    expect(j.value).toBe(false);
    expect(j.reasons.map((r) => r.rule)).toEqual([
      'mutual_commitment.executive_meeting',
      'mutual_commitment.joint_investment',
      'mutual_commitment.attested_against',
      'mutual_commitment.refusal_overcome',
      'mutual_commitment.opinion_outweighed',
    ]);
  });

  it('is met again once the customer meets us after its refusal, but not on the same instant', () => {
    const refusedAt = daysAgo(60);
    const refusal = [attest('mutual_commitment', 'against', refusedAt)];
    expect(check([meeting(refusedAt)], refusal).value).toBe(false);
    const after = check([meeting(new Date(refusedAt.getTime() + 1))], refusal);
    expect(after.value).toBe(true);
    expect(after.reasons.find((r) => r.rule === 'mutual_commitment.refusal_overcome')).toMatchObject({ met: true });
  });

  it('forgets a refusal once it falls out of the window', () => {
    const j = check([meeting(daysAgo(30))], [attest('mutual_commitment', 'against', daysAgo(400))]);
    expect(j.value).toBe(true);
  });
});
