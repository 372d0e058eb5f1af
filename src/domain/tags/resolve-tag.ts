import type { Tag } from '../catalog.ts';
import { type Judgement, type Reason, reason } from '../reason.ts';

/** A manager's decision on a suggested tag: confirming it, or overriding it with a note. */
export interface TagDecision {
  /** What the system suggested when the manager decided. */
  suggested: Tag;
  decided: Tag;
  note?: string | null;
  decidedBy?: string | null;
  decidedAt: Date;
}

export const TAG_SOURCES = ['suggested', 'confirmed', 'overridden'] as const;
export type TagSource = (typeof TAG_SOURCES)[number];

export interface EffectiveTag {
  tag: Tag;
  source: TagSource;
  note: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** The suggestion has changed since the manager last decided: worth a second look. */
  needsReview: boolean;
}

/**
 * The tag in force: the latest manager decision wins (an override keeps its note);
 * without any decision the suggestion stands, unconfirmed.
 */
export function resolveTag(options: { suggested: Tag; decisions: readonly TagDecision[] }): Judgement<EffectiveTag> {
  const { suggested } = options;
  // Stable sort: decisions made at the same moment keep their recorded order.
  const ordered = [...options.decisions].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
  const latest = ordered[ordered.length - 1];
  const reasons: Reason[] = [];

  if (!latest) {
    reasons.push(reason('tag_unconfirmed', false, { input: suggested }));
    return {
      value: { tag: suggested, source: 'suggested', note: null, decidedBy: null, decidedAt: null, needsReview: true },
      reasons,
    };
  }

  const source: TagSource = latest.decided === latest.suggested ? 'confirmed' : 'overridden';
  const common = {
    input: latest.decided,
    params: { suggested: latest.suggested, note: latest.note ?? null, decidedBy: latest.decidedBy ?? null, at: latest.decidedAt.toISOString() },
  };
  reasons.push(reason(source === 'confirmed' ? 'tag_confirmed' : 'tag_overridden', true, common));

  const needsReview = suggested !== latest.suggested;
  if (needsReview) {
    reasons.push(reason('tag_suggestion_changed', true, { input: suggested, threshold: latest.suggested }));
  }
  return {
    value: {
      tag: latest.decided,
      source,
      note: latest.note ?? null,
      decidedBy: latest.decidedBy ?? null,
      decidedAt: latest.decidedAt,
      needsReview,
    },
    reasons,
  };
}
