import { type Judgement, type Reason, reason } from '../reason.ts';
import { type ProfitShare, checkProfitSharing } from './profit-sharing.ts';
import { organisationDefaults } from './settings.ts';
import { type TeamMember, checkTeamCompleteness } from './team-completeness.ts';
import type { AccountTier, TeamRole, ToolkitKind } from './vocabulary.ts';

/** 目标、组织、机制、流程、工具、标杆、复制: the seven elements of the strategic-account unit. */
export const SEVEN_ELEMENTS = [
  'goals',
  'organisation',
  'mechanism',
  'process',
  'tools',
  'benchmark',
  'replication',
] as const;
export type SevenElement = (typeof SEVEN_ELEMENTS)[number];

export interface SevenElementsInput {
  /** The program's strategic tasks, beyond revenue and profit. */
  goals: readonly { id: string; met: boolean }[];
  /** `name` and `nameZh` let a reason name the account to people in either language. */
  teams: readonly { accountId: string; name?: string; nameZh?: string | null; tier: AccountTier; members: readonly TeamMember[] }[];
  /** Revenue splits between departments, per strategic account. */
  profitSharing: readonly { accountId: string; splits: readonly ProfitShare[] }[];
  processes: readonly { id: string; standardised: boolean }[];
  toolkitAssets: readonly { id: string; kind: ToolkitKind }[];
  benchmarks: { built: number; target: number };
  solutions: { created: number; target: number };
  /** 种子选手: salespeople trained to open and keep strategic accounts. */
  seedSalespeople: { trained: number; target: number };
  replication: readonly {
    benchmarkAccountId: string;
    targetAccountIds: readonly string[];
    pursuedAccountIds: readonly string[];
  }[];
  requiredTeamRoles?: readonly TeamRole[];
  toolkitKindsRequired?: readonly ToolkitKind[];
  profitSharingTolerance?: number;
}

export interface ElementMeasure {
  name: string;
  actual: number;
  target: number;
  met: boolean;
}

export interface SevenElementScore {
  element: SevenElement;
  met: boolean;
  measures: ElementMeasure[];
  reasons: Reason[];
}

// A measure with nothing to count is not met: a unit with no goals has not met its goals.
const measure = (name: string, actual: number, target: number, atLeastOne = true): ElementMeasure => ({
  name,
  actual,
  target,
  met: actual >= target && (!atLeastOne || target > 0),
});

function score(element: SevenElement, parts: ElementMeasure[], extra: Reason[] = []): SevenElementScore {
  const reasons = parts.map((p) =>
    reason(`seven_elements_${p.name}`, p.met, { input: p.actual, threshold: p.target, params: { element } }),
  );
  return {
    element,
    met: parts.every((p) => p.met),
    measures: parts,
    reasons: [...reasons, ...extra],
  };
}

/** Scores the strategic-account program on each of the seven elements. */
export function sevenElementsScorecard(
  input: SevenElementsInput,
): Judgement<{ elements: SevenElementScore[]; metCount: number }> {
  const defaults = organisationDefaults.sevenElements;
  const requiredRoles = input.requiredTeamRoles ?? organisationDefaults.requiredTeamRoles;
  const kindsRequired = input.toolkitKindsRequired ?? defaults.toolkitKindsRequired;
  const tolerance = input.profitSharingTolerance ?? defaults.profitSharingTolerance;

  const goalsMet = input.goals.filter((g) => g.met).length;

  const strategic = input.teams.filter((t) => t.tier === 'strategic');
  const teamChecks = strategic.map((t) => ({
    accountId: t.accountId,
    account: t.name ?? t.accountId,
    accountZh: t.nameZh ?? t.name ?? t.accountId,
    ...checkTeamCompleteness({ tier: t.tier, members: t.members, requiredRoles }),
  }));
  const teamsComplete = teamChecks.filter((c) => !c.value.flagged).length;
  const incompleteTeams = teamChecks
    .filter((c) => c.value.flagged)
    .map((c) =>
      reason('seven_elements_team_incomplete', false, {
        input: c.value.missingRoles,
        params: { accountId: c.accountId, account: c.account, accountZh: c.accountZh },
      }),
    );

  // Every strategic account needs a split, whether or not one was recorded for it.
  const splitsByAccount = new Map(input.profitSharing.map((p) => [p.accountId, p.splits]));
  const sharingAccounts = [...new Set([...strategic.map((t) => t.accountId), ...splitsByAccount.keys()])];
  const sharingChecks = sharingAccounts.map((accountId) =>
    checkProfitSharing({ accountId, splits: splitsByAccount.get(accountId), tolerance }),
  );
  const validSplits = sharingChecks.filter((c) => c.value.valid).length;

  const standardised = input.processes.filter((p) => p.standardised).length;

  const kindsHeld = kindsRequired.filter((k) => input.toolkitAssets.some((a) => a.kind === k));
  const kindReasons = kindsRequired.map((kind) =>
    reason('seven_elements_toolkit_kind', kindsHeld.includes(kind), {
      input: input.toolkitAssets.filter((a) => a.kind === kind).length,
      threshold: 1,
      params: { kind },
    }),
  );

  const withTargets = input.replication.filter((r) => r.targetAccountIds.length > 0).length;
  const withPursuit = input.replication.filter((r) => r.pursuedAccountIds.length > 0).length;
  const targetsIdentified = new Set(input.replication.flatMap((r) => r.targetAccountIds)).size;

  const elements: SevenElementScore[] = [
    score('goals', [measure('goals_met', goalsMet, input.goals.length)]),
    score('organisation', [measure('teams_complete', teamsComplete, strategic.length)], incompleteTeams),
    score(
      'mechanism',
      [measure('profit_sharing_valid', validSplits, sharingAccounts.length)],
      sharingChecks.flatMap((c) => c.reasons.filter((r) => !r.met)),
    ),
    score('process', [measure('processes_standardised', standardised, input.processes.length)]),
    score(
      'tools',
      [
        measure('toolkit_assets', input.toolkitAssets.length, kindsRequired.length),
        measure('toolkit_kinds', kindsHeld.length, kindsRequired.length),
      ],
      kindReasons,
    ),
    // Targets here are the company's own numbers: a target of zero is a choice, so it is met.
    score('benchmark', [
      measure('benchmarks_built', input.benchmarks.built, input.benchmarks.target, false),
      measure('solutions_created', input.solutions.created, input.solutions.target, false),
      measure('seed_salespeople_trained', input.seedSalespeople.trained, input.seedSalespeople.target, false),
    ]),
    score(
      'replication',
      [
        measure('replication_benchmarks_with_targets', withTargets, input.replication.length),
        measure('replication_benchmarks_pursued', withPursuit, input.replication.length),
      ],
      [reason('seven_elements_replication_targets', targetsIdentified > 0, { input: targetsIdentified, threshold: 1 })],
    ),
  ];

  const reasons = elements.map((e) => reason('seven_elements_element', e.met, { input: e.element }));
  return { value: { elements, metCount: elements.filter((e) => e.met).length }, reasons };
}
