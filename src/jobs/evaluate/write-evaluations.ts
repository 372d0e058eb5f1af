import { inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { type AuditEntry, recordAudit } from '../../db/repositories/audit.ts';
import { accountEvaluations } from '../../db/schema/index.ts';
import type { Reason } from '../../domain/reason.ts';
import { CRITERIA } from '../../domain/selection/index.ts';
import type { EvaluationResult } from './result.ts';

export interface Judged {
  accountId: string;
  result: EvaluationResult;
}

/** What the audit compares with: the judgement in force before this run. */
export interface PreviousEvaluation {
  tier: string;
  tag: string;
  officialLevel: number | null;
  paymentTrap: boolean;
  criteria: Record<string, boolean | null>;
}

// Rows per INSERT: large enough to keep round trips few, small enough that one
// statement with its JSON stays a few megabytes.
const BATCH = 250;
// Runs that overlap (a records write and a portfolio run) take turns per chunk, so
// each compares with what the other stored and a change is audited once.
const EVALUATION_LOCK = 0x41627265;

async function previousOf(tx: Tx, accountIds: string[]): Promise<Map<string, PreviousEvaluation>> {
  if (accountIds.length === 0) return new Map();
  const rows = await tx
    .select({
      accountId: accountEvaluations.accountId,
      tier: accountEvaluations.tier,
      tag: accountEvaluations.tag,
      officialLevel: accountEvaluations.officialLevel,
      paymentTrap: accountEvaluations.paymentTrap,
      // Only the four booleans, not the whole stored result with its reasons.
      criteria: sql<Record<string, boolean | null>>`jsonb_build_object(${sql.join(
        CRITERIA.map((c) => sql`${c}::text, ${accountEvaluations.result}->'criteria'->${c}::text->'value'`),
        sql`, `,
      )})`,
    })
    .from(accountEvaluations)
    .where(inArray(accountEvaluations.accountId, accountIds));
  return new Map(rows.map(({ accountId, ...previous }) => [accountId, previous]));
}

/**
 * Store the judgements (one row per account, replaced on each run) and keep an
 * audit event for every change of tier, effective tag or official level, in one
 * transaction. Returns how many accounts changed.
 */
export async function writeEvaluations(
  db: Db | Tx,
  options: { judged: readonly Judged[]; actorId: string | null; now: Date },
): Promise<number> {
  const { judged, actorId, now } = options;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${EVALUATION_LOCK})`);
    const previous = await previousOf(
      tx,
      judged.map((j) => j.accountId),
    );
    const audit: AuditEntry[] = [];
    let changed = 0;
    for (const item of judged) {
      const entries = changesOf({ ...item, previous: previous.get(item.accountId) ?? null }, actorId, now);
      if (entries.length > 0) changed += 1;
      audit.push(...entries);
    }
    for (let i = 0; i < judged.length; i += BATCH) {
      const rows = judged.slice(i, i + BATCH).map(({ accountId, result }) => ({
        account_id: accountId,
        tier: result.tier.value,
        suggested_tag: result.tag.suggested.value,
        tag: result.tag.effective.value.tag,
        official_level: result.level.official.value,
        payment_trap: result.paymentTrap.value,
        served: result.serviceability.value.served,
        result,
        settings_version: result.settingsVersion,
      }));
      // One JSON document per batch, expanded in the database: far less work for
      // both drivers than a parameter per value, with results of several kilobytes each.
      await tx.execute(sql`
        insert into account_evaluations
          (account_id, tier, suggested_tag, tag, official_level, payment_trap, served, result, settings_version, evaluated_at)
        select account_id, tier, suggested_tag, tag, official_level, payment_trap, served, result, settings_version, ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
          account_id uuid, tier text, suggested_tag text, tag text, official_level integer,
          payment_trap boolean, served boolean, result jsonb, settings_version integer)
        on conflict (account_id) do update set
          tier = excluded.tier, suggested_tag = excluded.suggested_tag, tag = excluded.tag,
          official_level = excluded.official_level, payment_trap = excluded.payment_trap, served = excluded.served,
          result = excluded.result, settings_version = excluded.settings_version, evaluated_at = excluded.evaluated_at`);
    }
    for (let i = 0; i < audit.length; i += BATCH * 4) await recordAudit(tx, audit.slice(i, i + BATCH * 4));
    return changed;
  });
}

/** The audit events one account's new judgement calls for; none when nothing moved. */
export function changesOf(item: Judged & { previous: PreviousEvaluation | null }, actorId: string | null, now: Date): AuditEntry[] {
  const { accountId, result, previous } = item;
  const settings = `settings v${result.settingsVersion}`;
  const entries: AuditEntry[] = [];
  const base = { accountId, actorId, at: now, settingsVersion: result.settingsVersion };

  // A first evaluation always records the tier it starts from; an absent tag or level is no event.
  const tierBefore = previous?.tier ?? null;
  if (tierBefore !== result.tier.value) {
    entries.push({
      ...base,
      field: 'tier',
      before: tierBefore,
      after: result.tier.value,
      reason: `${tierCause(result, previous)}; ${settings}`,
      reasons: result.tier.reasons,
    });
  }
  const tag = result.tag.effective.value;
  if ((previous?.tag ?? 'none') !== tag.tag) {
    entries.push({ ...base, field: 'tag', before: previous?.tag ?? null, after: tag.tag, reason: `${tagCause(result)}; ${settings}`, reasons: tagReasons(result) });
  }
  const level = result.level.official.value;
  if ((previous?.officialLevel ?? null) !== level) {
    const official = result.level.official.reasons[0];
    const when = typeof official?.params?.assessedAt === 'string' ? ` on ${official.params.assessedAt.slice(0, 10)}` : '';
    entries.push({
      ...base,
      field: 'level',
      before: previous?.officialLevel ?? null,
      after: level,
      reason: level === null ? 'ladder_official_level: no customer-confirmed level' : `ladder_official_level: customer confirmed${when}`,
      reasons: result.level.official.reasons,
    });
  }
  return entries;
}

const metRules = (reasons: readonly Reason[]) => reasons.filter((r) => r.met).map((r) => r.rule);

/** Which rules moved the tier: criteria that changed, the payment trap, a person's promotion, or the settings. */
function tierCause(result: EvaluationResult, previous: PreviousEvaluation | null): string {
  if (!previous) {
    const decisive = result.tier.reasons[result.tier.reasons.length - 1];
    return `first evaluation: ${decisive?.rule ?? 'tier'}`;
  }
  const causes: string[] = [];
  for (const c of CRITERIA) {
    const now = result.criteria[c].value;
    if (previous.criteria[c] !== now)
      causes.push(`${c} ${now ? 'met' : 'no longer met'} (${metRules(result.criteria[c].reasons).join(', ') || 'no rule met'})`);
  }
  if (previous.paymentTrap !== result.paymentTrap.value)
    causes.push(result.paymentTrap.value ? 'payment_trap raised' : 'payment_trap cleared');
  if (result.tier.reasons.some((r) => r.rule === 'tier.human_promotion')) causes.push('tier.human_promotion');
  return causes.length > 0 ? causes.join('; ') : 'same inputs under changed rules';
}

/** The rules behind the tag in force: a person's decision as recorded, or the suggestion with the signals that qualified it. */
function tagReasons(result: EvaluationResult): Reason[] {
  const { effective, suggested } = result.tag;
  if (effective.value.source !== 'suggested') return effective.reasons;
  return [...effective.reasons, ...suggested.reasons.filter((r) => r.met)];
}

/** A manager's decision, or the rules that qualified the suggested tag. */
function tagCause(result: EvaluationResult): string {
  const effective = result.tag.effective.value;
  if (effective.source !== 'suggested') {
    return `tag_${effective.source}${effective.decidedBy ? ` by ${effective.decidedBy}` : ''}${effective.note ? `: ${effective.note}` : ''}`;
  }
  if (effective.tag === 'none') return 'tag_suggested: no tag qualifies';
  const rules = result.tag.suggested.reasons.filter((r) => r.met && r.rule.startsWith(`${effective.tag}_`)).map((r) => r.rule);
  return `tag_suggested: ${[effective.tag, ...rules].join(', ')}`;
}
