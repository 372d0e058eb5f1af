import { levelDropAlert } from '../ladder/level-drop-alert.ts';
import { type Judgement, type Reason, reason } from '../reason.ts';
import { quarterOnQuarter, roundShare } from './revenue-drop.ts';
import { type DangerousSettings, defaultTagSettings } from './settings.ts';
import type { TagInput } from './tag-input.ts';
import { countInWindow, withinDays } from './time-window.ts';

export const DANGEROUS_SIGNALS = [
  'revenue_drop',
  'open_complaints',
  'key_contact_left',
  'competitor_activity',
  'fewer_visits',
  'payment_delay',
  'level_dropped',
] as const;
export type DangerousSignal = (typeof DANGEROUS_SIGNALS)[number];

export interface DangerousAssessment {
  dangerous: boolean;
  signals: DangerousSignal[];
}

type SignalInput = Pick<
  TagInput,
  'now' | 'monthlyRevenue' | 'openComplaints' | 'contactsLeft' | 'competitorActivity' | 'visits' | 'payment' | 'levelHistory'
>;

const SETTING: Record<DangerousSignal, keyof Omit<DangerousSettings, 'minSignals' | 'visitsPerMonthTarget'>> = {
  revenue_drop: 'revenueDrop',
  open_complaints: 'openComplaints',
  key_contact_left: 'keyContactLeft',
  competitor_activity: 'competitorActivity',
  fewer_visits: 'fewerVisits',
  payment_delay: 'paymentDelay',
  level_dropped: 'levelDropped',
};

function check(signal: DangerousSignal, input: SignalInput, s: DangerousSettings): Reason {
  const { now } = input;
  const rule = `dangerous_${signal}`;
  switch (signal) {
    case 'revenue_drop': {
      const q = quarterOnQuarter({ monthlyRevenue: input.monthlyRevenue, now });
      const met = q.drop !== null && q.drop >= s.revenueDrop.minDrop;
      return reason(rule, met, {
        input: q.drop,
        threshold: s.revenueDrop.minDrop,
        params: { lastQuarter: q.lastQuarter, previousQuarter: q.previousQuarter },
      });
    }
    case 'open_complaints':
      return reason(rule, input.openComplaints >= s.openComplaints.minOpen, {
        input: input.openComplaints,
        threshold: s.openComplaints.minOpen,
      });
    case 'key_contact_left': {
      const left = input.contactsLeft.filter((c) => c.key && withinDays(c.leftAt, now, s.keyContactLeft.withinDays));
      return reason(rule, left.length > 0, {
        input: left.length,
        threshold: s.keyContactLeft.withinDays,
        params: { names: left.map((c) => c.name) },
      });
    }
    case 'competitor_activity': {
      const seen = input.competitorActivity.filter((a) => withinDays(a.at, now, s.competitorActivity.withinDays));
      const competitors = [...new Set(seen.map((a) => a.competitor).filter((c): c is string => !!c))];
      return reason(rule, seen.length > 0, {
        input: seen.length,
        threshold: s.competitorActivity.withinDays,
        params: { competitors },
      });
    }
    case 'fewer_visits': {
      const { windowDays, minDrop } = s.fewerVisits;
      const recent = countInWindow(input.visits, now, windowDays);
      const before = countInWindow(input.visits, now, windowDays, windowDays);
      // With no visits in the earlier window there is nothing to fall from.
      const drop = before > 0 ? roundShare((before - recent) / before) : null;
      return reason(rule, drop !== null && drop >= minDrop, {
        input: drop,
        threshold: minDrop,
        params: { recent, before, windowDays },
      });
    }
    case 'payment_delay': {
      const p = input.payment;
      const { maxOverdueShare, cycleWorseningDays } = s.paymentDelay;
      const overdue = p?.overdueShare ?? null;
      const worsening =
        p?.collectionCycleDays != null && p.previousCollectionCycleDays != null
          ? p.collectionCycleDays - p.previousCollectionCycleDays
          : null;
      const overdueMet = overdue !== null && overdue > maxOverdueShare;
      const worseningMet = worsening !== null && worsening >= cycleWorseningDays;
      return reason(rule, overdueMet || worseningMet, {
        input: overdue,
        threshold: maxOverdueShare,
        params: { overdueMet, cycleWorseningDays: worsening, cycleThreshold: cycleWorseningDays, worseningMet },
      });
    }
    case 'level_dropped': {
      const alert = levelDropAlert({ assessments: input.levelHistory, now, withinDays: s.levelDropped.withinDays });
      const latest = alert.reasons.find((r) => r.met) ?? alert.reasons[0];
      return reason(rule, alert.value, {
        input: latest?.input ?? null,
        threshold: s.levelDropped.withinDays,
        params: { ...latest?.params, cause: latest?.rule ?? null },
      });
    }
  }
}

/**
 * The dangerous-customer signals (危险客户): every one is checked and shown as its
 * own reason; enough of them together make the account dangerous.
 */
export function dangerousSignals(options: SignalInput & { settings?: DangerousSettings }): Judgement<DangerousAssessment> {
  const settings = options.settings ?? defaultTagSettings.dangerous;
  const reasons: Reason[] = [];
  const signals: DangerousSignal[] = [];
  for (const signal of DANGEROUS_SIGNALS) {
    if (!settings[SETTING[signal]].enabled) {
      reasons.push(reason(`dangerous_${signal}`, false, { key: 'reasons.dangerous_signal_disabled', params: { signal } }));
      continue;
    }
    const r = check(signal, options, settings);
    if (r.met) signals.push(signal);
    reasons.push(r);
  }
  const dangerous = signals.length >= settings.minSignals;
  reasons.push(reason('dangerous', dangerous, { input: signals.length, threshold: settings.minSignals, params: { signals } }));
  return { value: { dangerous, signals }, reasons };
}

