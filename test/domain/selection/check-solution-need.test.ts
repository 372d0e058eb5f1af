import { describe, expect, it } from 'vitest';
import { checkSolutionNeed } from '../../../src/domain/selection/check-solution-need.ts';
import { NOW, attest, daysAgo } from './fixtures.ts';

const base = { serviceLines: [] as string[], openOpportunities: [], attestations: [], minServiceLines: 2, now: NOW };

describe('checkSolutionNeed', () => {
  it('counts distinct service lines at, just below and just above the minimum', () => {
    expect(checkSolutionNeed({ ...base, serviceLines: ['express'] }).value).toBe(false);
    expect(checkSolutionNeed({ ...base, serviceLines: ['express', 'warehousing'] }).value).toBe(true);
    expect(checkSolutionNeed({ ...base, serviceLines: ['express', 'warehousing', 'linehaul'] }).value).toBe(true);
    expect(checkSolutionNeed({ ...base, serviceLines: ['express', 'express'] }).value).toBe(false);
  });

  it('follows the configured minimum', () => {
    const lines = ['express', 'warehousing'];
    expect(checkSolutionNeed({ ...base, serviceLines: lines, minServiceLines: 3 }).value).toBe(false);
    const j = checkSolutionNeed({ ...base, serviceLines: [...lines, 'customs'], minServiceLines: 3 });
    expect(j.value).toBe(true);
    expect(j.reasons[0]).toMatchObject({ rule: 'solution_need.service_lines', met: true, input: 3, threshold: 3 });
  });

  it('is met by an open solution-type opportunity, not by a standard one', () => {
    expect(checkSolutionNeed({ ...base, openOpportunities: [{ id: 'd1', kind: 'standard' }] }).value).toBe(false);
    const j = checkSolutionNeed({ ...base, openOpportunities: [{ id: 'd2', kind: 'solution' }] });
    expect(j.value).toBe(true);
    expect(j.reasons[1]).toMatchObject({ rule: 'solution_need.solution_opportunity', met: true, params: { opportunityIds: ['d2'] } });
  });

  it('is met by an attestation with evidence', () => {
    const j = checkSolutionNeed({ ...base, attestations: [attest('solution_need', 'for', daysAgo(10))] });
    expect(j.value).toBe(true);
    expect(j.reasons.at(-1)).toMatchObject({ rule: 'solution_need.attested_for', met: true, params: { date: '2026-06-20' } });
  });

  it('lets the latest attestation overrule the counted lines in either direction', () => {
    const lines = ['express', 'warehousing'];
    const against = checkSolutionNeed({
      ...base,
      serviceLines: lines,
      attestations: [attest('solution_need', 'for', daysAgo(100)), attest('solution_need', 'against', daysAgo(5))],
    });
    expect(against.value).toBe(false);
    expect(against.reasons.at(-1)?.rule).toBe('solution_need.attested_against');
    const forAgain = checkSolutionNeed({
      ...base,
      attestations: [attest('solution_need', 'against', daysAgo(100)), attest('solution_need', 'for', daysAgo(5))],
    });
    expect(forAgain.value).toBe(true);
  });

  it('ignores attestations without evidence, on other criteria or dated after now', () => {
    const ignored = [
      attest('solution_need', 'for', daysAgo(1), { note: '   ' }),
      attest('strategic_fit', 'for', daysAgo(1)),
      attest('solution_need', 'for', new Date(NOW.getTime() + 1000)),
    ];
    const j = checkSolutionNeed({ ...base, attestations: ignored });
    expect(j.value).toBe(false);
    expect(j.reasons).toHaveLength(2);
  });
});
