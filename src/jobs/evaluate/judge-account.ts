import { ladderIndicators, levelDropAlert, levelMoves, nextStepAdvice, officialLevel, optimismFlag } from '../../domain/ladder/index.ts';
import { assessGrowth, assessServiceability, evaluateSelection, type ScaleRanking } from '../../domain/selection/index.ts';
import type { CompanySettings } from '../../domain/settings.ts';
import { resolveTag, suggestTag } from '../../domain/tags/index.ts';
import type { AccountInputs } from './account-inputs.ts';
import { customerSites, humanPromotion, ladderContacts, selectionAccount, shareOfWallet, tagInput } from './method-inputs.ts';
import type { EvaluationResult } from './result.ts';

/**
 * The method's whole judgement of one account — tier and criteria, serviceability
 * and growth, tag, relationship level — from its loaded inputs. Pure: the same
 * inputs, settings and clock always give the same result.
 */
export function judgeAccount(options: {
  inputs: AccountInputs;
  /** The company-wide ranking (only this account's entry is needed). */
  ranking: ScaleRanking;
  /** The company's trailing-12 revenue, for the account's sales contribution. */
  totalRevenue: number;
  settings: CompanySettings;
  settingsVersion: number;
  now: Date;
}): EvaluationResult {
  const { inputs, ranking, totalRevenue, settings, settingsVersion, now } = options;

  const selection = evaluateSelection({
    account: selectionAccount(inputs),
    ranking,
    settings: settings.selection,
    now,
    humanDecision: humanPromotion(inputs, now),
  });
  const serviceability = assessServiceability({
    sites: customerSites(inputs),
    coverage: settings.selection.networkCoverage,
    radiusKm: settings.selection.serviceRadiusKm,
  });
  const growth = assessGrowth({ months: inputs.months, now, customerGrowth: inputs.customerGrowth });
  const trailing12 = growth.value.trailing12;
  const ourShare = shareOfWallet(inputs, trailing12);

  const suggested = suggestTag({
    ...tagInput({ inputs, growth: growth.value, ourShare, salesContribution: totalRevenue > 0 ? trailing12 / totalRevenue : null, now }),
    settings: settings.tags,
  });
  const effective = resolveTag({ suggested: suggested.value, decisions: inputs.tagDecisions });

  const assessments = inputs.levels;
  const official = officialLevel({ assessments });
  const indicators = ladderIndicators({
    serviceLines: inputs.serviceLines,
    contacts: ladderContacts(inputs, now),
    jointOffice: inputs.jointOffice,
    shareOfWallet: ourShare,
    settings: settings.ladder,
  });

  return {
    tier: selection.tier,
    criteria: selection.criteria,
    paymentTrap: selection.paymentTrap,
    serviceability,
    growth,
    tag: { suggested, effective },
    level: {
      official,
      optimism: optimismFlag({ assessments }),
      moves: levelMoves({ assessments }),
      dropAlert: levelDropAlert({ assessments, now, withinDays: settings.ladder.levelDropAlertDays }),
      indicators,
      nextStep: nextStepAdvice({
        level: official.value,
        indicators: indicators.value,
        planMovers: inputs.levelMover ? [inputs.levelMover] : [],
        settings: settings.ladder,
      }),
    },
    settingsVersion,
    evaluatedAt: now.toISOString(),
  };
}
