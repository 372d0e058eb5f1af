import { z } from 'zod';
import { tags } from '../../domain/catalog.ts';
import { ASSESSMENT_SOURCES } from '../../domain/ladder/assessment.ts';
import { CRITERIA } from '../../domain/selection/criterion.ts';
import { PLAYBOOK_KINDS, PLAYBOOK_STATUSES } from './playbook-payloads.schema.ts';

// The human records the method's judgements read: attestations, scores, tag
// decisions, level assessments and playbook records of one account.

const uuid = z.string().uuid();
const note = (max: number) => z.string().trim().min(1, 'required').max(max);

export const accountParams = z.object({ id: uuid });
export const recordParams = z.object({ id: uuid, recordId: uuid });

/** Who recorded something, by name in both languages. */
export const personView = z.object({ id: uuid, name: z.string(), nameZh: z.string().nullable() }).nullable();

/**
 * Evidence on a selection criterion, or `strategic_promotion`: a manager's decision
 * to make the account strategic despite the payment trap (its note is the reason).
 */
export const ATTESTATION_CRITERIA = [...CRITERIA, 'strategic_promotion'] as const;
export type AttestationCriterion = (typeof ATTESTATION_CRITERIA)[number];

export const attestationBody = z.object({
  criterion: z.enum(ATTESTATION_CRITERIA),
  /** `against` records a refusal, e.g. "their executives declined to meet ours"; on a promotion it withdraws it. */
  effect: z.enum(['for', 'against']),
  note: note(2000),
  /** A link or document reference backing the note. */
  evidence: z.string().trim().max(2000).nullish(),
  /** For strategic fit: which of the company's strategic intents the account serves. */
  intentId: z.string().trim().min(1).max(100).nullish(),
});
export type AttestationBody = z.infer<typeof attestationBody>;

export const attestationView = z.object({
  id: uuid,
  criterion: z.string(),
  effect: z.string(),
  note: z.string(),
  evidence: z.string().nullable(),
  intentId: z.string().nullable(),
  attestedBy: personView,
  attestedAt: z.date(),
});

/** 影响度、满意度、配合度 on the 1–5 scale the benchmark rule reads. */
const score = z.number().int().min(1).max(5);
export const scoreBody = z.object({
  influence: score,
  satisfaction: score,
  cooperation: score,
  note: z.string().trim().max(2000).nullish(),
});
export type ScoreBody = z.infer<typeof scoreBody>;
export const scoreView = z.object({
  id: uuid,
  influence: z.number().nullable(),
  satisfaction: z.number().nullable(),
  cooperation: z.number().nullable(),
  note: z.string().nullable(),
  scoredBy: personView,
  scoredAt: z.date(),
});

/** Confirm the suggested tag (decided = suggested) or override it; an override needs a note. */
export const tagDecisionBody = z.object({ decided: z.enum(tags), note: z.string().trim().max(2000).nullish() });
export type TagDecisionBody = z.infer<typeof tagDecisionBody>;
export const tagDecisionView = z.object({
  id: uuid,
  suggested: z.string(),
  decided: z.string(),
  /** confirmed or overridden */
  source: z.enum(['confirmed', 'overridden']),
  note: z.string().nullable(),
  decidedBy: personView,
  decidedAt: z.date(),
});

/** 层级是客户说了算的: a level is our estimate or the customer's confirmation, which needs its evidence. */
export const levelAssessmentBody = z
  .object({
    level: z.number().int().min(1).max(5),
    source: z.enum(ASSESSMENT_SOURCES),
    evidence: z.string().trim().max(4000).nullish(),
    /** The day of the review meeting, survey or estimate; today when not given. */
    assessedAt: z.iso.date().nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.source === 'customer_confirmed' && !value.evidence) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: 'a customer-confirmed level needs its evidence (review meeting, survey…)',
      });
    }
  });
export type LevelAssessmentBody = z.infer<typeof levelAssessmentBody>;
export const levelAssessmentView = z.object({
  id: uuid,
  level: z.number().int(),
  source: z.string(),
  evidence: z.string().nullable(),
  assessedAt: z.date(),
  assessedBy: personView,
  createdAt: z.date(),
});

export const playbookRecordView = z.object({
  id: uuid,
  kind: z.string(),
  /** The payload as its kind's schema reads it. */
  payload: z.unknown(),
  /** False when the stored payload does not fit its kind's schema; `payload` is then the raw JSON. */
  valid: z.boolean(),
  amount: z.number().nullable(),
  dueAt: z.string().nullable(),
  status: z.string().nullable(),
  createdBy: personView,
  createdAt: z.date(),
});
export type PlaybookRecordView = z.infer<typeof playbookRecordView>;

export const playbookListQuery = z.object({ kind: z.enum(PLAYBOOK_KINDS as [string, ...string[]]).optional() });
export const playbookStatusBody = z.object({ status: z.enum(PLAYBOOK_STATUSES) });

export const items = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });
