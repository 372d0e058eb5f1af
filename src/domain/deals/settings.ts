import { z } from 'zod';
import { DEFAULT_SALES_ACTIONS } from './default-actions.ts';
import { DEFAULT_PLAYBOOK } from './default-playbook.ts';
import { DEFAULT_BUYING_SIGNALS } from './default-signals.ts';
import { BUYING_STAGES, SALES_STAGES } from './stages.ts';
import { CATALOGUE_ID_PATTERN, PROOF_ASSET_KINDS } from './vocabulary.ts';

const catalogueId = z.string().regex(CATALOGUE_ID_PATTERN, 'lowercase words joined by underscores');
const text = z.string().trim().min(1);

/** One observable buying signal and the buying stage it is evidence for. */
export const buyingSignalSchema = z.object({
  id: catalogueId,
  stage: z.enum(BUYING_STAGES),
  weight: z.number().positive(),
  name_en: text,
  name_zh: text,
});
export type BuyingSignal = z.infer<typeof buyingSignalSchema>;

/** Why an action is wrong at a stage, what to do instead, and which proof to bring. */
export const stageWarningSchema = z.object({
  stage: z.enum(BUYING_STAGES),
  instead: z.array(catalogueId).default([]),
  proofKinds: z.array(z.enum(PROOF_ASSET_KINDS)).default([]),
  why_en: text,
  why_zh: text,
});
export type StageWarning = z.infer<typeof stageWarningSchema>;

/** One of our sales actions: the stages it fits and the stages it is warned against at. */
export const salesActionSchema = z.object({
  id: catalogueId,
  name_en: text,
  name_zh: text,
  fitsAt: z.array(z.enum(BUYING_STAGES)).default([]),
  warnAt: z.array(stageWarningSchema).default([]),
});
export type SalesAction = z.infer<typeof salesActionSchema>;

const exitCriterionSchema = z.object({ id: catalogueId, en: text, zh: text });
export type ExitCriterion = z.infer<typeof exitCriterionSchema>;

const playbookStageSchema = z.object({
  recommendedActions: z.array(catalogueId).default([]),
  exitCriteria: z.array(exitCriterionSchema).default([]),
});
export type PlaybookStage = z.infer<typeof playbookStageSchema>;

/** Every buying stage has its playbook entry; the paired sales stage follows it. */
export const playbookSchema = z.record(z.enum(BUYING_STAGES), playbookStageSchema);
export type Playbook = z.infer<typeof playbookSchema>;

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

/**
 * The deals section of the company settings document (SPEC §4).
 * `dealSettingsSchema.parse(undefined)` gives the complete default method.
 */
export const dealSettingsSchema = z
  .object({
    /** The signal catalogue: what the customer does that shows its buying stage. */
    signals: z.array(buyingSignalSchema).default(() => structuredClone(DEFAULT_BUYING_SIGNALS)),
    inference: z
      .object({
        /** A stage counts as reached once its distinct signals weigh at least this much. */
        evidenceThreshold: z.number().positive().default(1),
        /** Evidence weight at which support for the inferred stage is one half. */
        confidenceHalfWeight: z.number().positive().default(2),
      })
      .prefault({}),
    /** The action catalogue: what we do, and when it is the wrong move. */
    actions: z.array(salesActionSchema).default(() => structuredClone(DEFAULT_SALES_ACTIONS)),
    playbook: playbookSchema.default(() => structuredClone(DEFAULT_PLAYBOOK)),
    alignment: z
      .object({
        /** How many stages our sales track may differ from the customer's before it is flagged. */
        toleratedStageGap: z.number().int().min(0).default(0),
      })
      .prefault({}),
    deliveryTeam: z
      .object({
        /** Seed 002: the delivery team joins at solution design, not after the contract. */
        requiredFrom: z.enum(SALES_STAGES).default('solution_design'),
        deliveryRoles: z.array(z.string().min(1)).min(1).default(['delivery']),
      })
      .prefault({}),
    ltc: z
      .object({
        /** A lead or opportunity that dies is closed without passing through the later stages. */
        allowEarlyClose: z.boolean().default(true),
      })
      .prefault({}),
    proofMatching: z
      .object({
        industryWeight: z.number().min(0).default(2),
        /** An asset tied to no industry (an insurance contract, a grading) still speaks to every customer. */
        generalAssetWeight: z.number().min(0).default(1),
        serviceLineWeight: z.number().min(0).default(1),
      })
      .prefault({}),
  })
  .superRefine((settings, ctx) => {
    for (const id of duplicates(settings.signals.map((s) => s.id))) {
      ctx.addIssue({ code: 'custom', path: ['signals'], message: `signal "${id}" is listed twice` });
    }
    const actionIds = settings.actions.map((a) => a.id);
    for (const id of duplicates(actionIds)) {
      ctx.addIssue({ code: 'custom', path: ['actions'], message: `action "${id}" is listed twice` });
    }
    const known = new Set(actionIds);
    settings.actions.forEach((action, i) => {
      const warned = action.warnAt.map((w) => w.stage);
      for (const stage of duplicates(warned)) {
        ctx.addIssue({ code: 'custom', path: ['actions', i, 'warnAt'], message: `stage "${stage}" is warned twice` });
      }
      for (const stage of action.fitsAt.filter((s) => warned.includes(s))) {
        ctx.addIssue({ code: 'custom', path: ['actions', i], message: `stage "${stage}" both fits and is warned against` });
      }
      action.warnAt.forEach((w, j) => {
        for (const id of w.instead.filter((x) => !known.has(x))) {
          ctx.addIssue({ code: 'custom', path: ['actions', i, 'warnAt', j, 'instead'], message: `unknown action "${id}"` });
        }
      });
    });
    for (const stage of BUYING_STAGES) {
      for (const id of settings.playbook[stage].recommendedActions.filter((x) => !known.has(x))) {
        ctx.addIssue({ code: 'custom', path: ['playbook', stage, 'recommendedActions'], message: `unknown action "${id}"` });
      }
    }
  })
  .prefault({});

export type DealSettings = z.infer<typeof dealSettingsSchema>;

/** The defaults, for callers (and tests) that have no company document at hand. */
export const dealDefaults: DealSettings = dealSettingsSchema.parse(undefined);
