import { describe, expect, it } from 'vitest';
import { overdueOnboardingIssues } from '../../../src/domain/deals/onboarding-issues.ts';

const now = new Date('2025-06-10T12:00:00Z');
const ms = (iso: string) => new Date(iso);

describe('overdueOnboardingIssues', () => {
  it('is not overdue at the due time', () => {
    const result = overdueOnboardingIssues({ issues: [{ id: 'a', dueAt: now, status: 'open' }], now });
    expect(result.value).toEqual([]);
    expect(result.reasons[0]).toMatchObject({ rule: 'onboarding_issues_on_time', met: true, input: 0 });
  });

  it('is not overdue just before', () => {
    const dueAt = new Date(now.getTime() + 1);
    expect(overdueOnboardingIssues({ issues: [{ id: 'a', dueAt, status: 'open' }], now }).value).toEqual([]);
  });

  it('is overdue just after, on day 0', () => {
    const dueAt = new Date(now.getTime() - 1);
    const result = overdueOnboardingIssues({ issues: [{ id: 'a', dueAt, status: 'open' }], now });
    expect(result.value).toEqual([{ issue: { id: 'a', dueAt, status: 'open' }, daysOverdue: 0 }]);
    expect(result.reasons[1]).toMatchObject({ rule: 'onboarding_issue_overdue', met: false, params: { issueId: 'a' } });
  });

  it('names the overdue issue by its title in the reason', () => {
    const dueAt = new Date(now.getTime() - 1);
    const result = overdueOnboardingIssues({ issues: [{ id: 'a', title: 'Scanner labels misread', dueAt, status: 'open' }], now });
    expect(result.reasons[1]?.params).toMatchObject({ issueId: 'a', issue: 'Scanner labels misread' });
  });

  it('never counts a done issue', () => {
    const issues = [{ id: 'a', dueAt: ms('2025-01-01T00:00:00Z'), status: 'done' as const }];
    expect(overdueOnboardingIssues({ issues, now }).value).toEqual([]);
  });

  it('lists the most overdue first, keeping the caller’s fields', () => {
    const issues = [
      { id: 'late', dueAt: ms('2025-06-08T12:00:00Z'), status: 'open' as const, owner: 'ops' },
      { id: 'later', dueAt: ms('2025-06-01T00:00:00Z'), status: 'open' as const, owner: 'it' },
      { id: 'fine', dueAt: ms('2025-06-20T00:00:00Z'), status: 'open' as const, owner: 'ops' },
    ];
    const result = overdueOnboardingIssues({ issues, now });
    expect(result.value.map((o) => [o.issue.id, o.daysOverdue, o.issue.owner])).toEqual([
      ['later', 9, 'it'],
      ['late', 2, 'ops'],
    ]);
    expect(result.reasons[0]).toMatchObject({ met: false, input: 2, params: { open: 3 } });
  });
});
