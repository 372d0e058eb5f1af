import { describe, expect, it } from 'vitest';
import { resolveTag } from '../../../src/domain/tags/resolve-tag.ts';

const at = (iso: string) => new Date(iso);

describe('resolveTag', () => {
  it('without a decision the suggestion stands, unconfirmed', () => {
    const j = resolveTag({ suggested: 'nail', decisions: [] });
    expect(j.value).toMatchObject({ tag: 'nail', source: 'suggested', needsReview: true, note: null });
    expect(j.reasons[0]).toMatchObject({ rule: 'tag_unconfirmed', input: 'nail' });
  });

  it('a confirmation makes the suggestion the tag', () => {
    const j = resolveTag({
      suggested: 'benchmark',
      decisions: [{ suggested: 'benchmark', decided: 'benchmark', decidedBy: 'u1', decidedAt: at('2026-05-01') }],
    });
    expect(j.value).toMatchObject({ tag: 'benchmark', source: 'confirmed', decidedBy: 'u1', needsReview: false });
  });

  it('an override wins and keeps its note', () => {
    const j = resolveTag({
      suggested: 'none',
      decisions: [{ suggested: 'none', decided: 'dangerous', note: 'Their CFO is tendering', decidedAt: at('2026-05-01') }],
    });
    expect(j.value).toMatchObject({ tag: 'dangerous', source: 'overridden', note: 'Their CFO is tendering' });
    expect(j.reasons[0]).toMatchObject({ rule: 'tag_overridden', input: 'dangerous', params: { note: 'Their CFO is tendering' } });
  });

  it('the latest decision wins whatever the order they arrive in', () => {
    const decisions = [
      { suggested: 'none' as const, decided: 'nail' as const, note: 'later', decidedAt: at('2026-05-02') },
      { suggested: 'none' as const, decided: 'dangerous' as const, note: 'earlier', decidedAt: at('2026-05-01') },
    ];
    expect(resolveTag({ suggested: 'none', decisions }).value).toMatchObject({ tag: 'nail', note: 'later' });
  });

  it('a later confirmation replaces an earlier override and its note', () => {
    const j = resolveTag({
      suggested: 'nail',
      decisions: [
        { suggested: 'nail', decided: 'none', note: 'not worth it', decidedAt: at('2026-01-01') },
        { suggested: 'nail', decided: 'nail', decidedAt: at('2026-04-01') },
      ],
    });
    expect(j.value).toMatchObject({ tag: 'nail', source: 'confirmed', note: null });
  });

  it('asks for review when the suggestion changed since the decision, keeping the decided tag', () => {
    const j = resolveTag({
      suggested: 'dangerous',
      decisions: [{ suggested: 'benchmark', decided: 'benchmark', decidedAt: at('2026-01-01') }],
    });
    expect(j.value).toMatchObject({ tag: 'benchmark', needsReview: true });
    expect(j.reasons[1]).toMatchObject({ rule: 'tag_suggestion_changed', input: 'dangerous', threshold: 'benchmark' });
  });
});
