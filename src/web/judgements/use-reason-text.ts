import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeople } from '../components/use-reference-data.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import type { Reason } from './judgement-types.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// Reasons whose input (or threshold) is a vocabulary id, and where its text lives,
// so that "Suggested tag: dangerous" reads "建议标签：危险客户" in Chinese.
const inputVocabulary: Record<string, string> = {
  tag_suggested: 'tag',
  tag_unconfirmed: 'tag',
  tag_confirmed: 'tag',
  tag_overridden: 'tag',
  tag_suggestion_changed: 'tag',
  tag_loyalty: 'loyaltyTrend',
  nail_cause: 'nailCause',
  nail_decision: 'nailDecision',
  nail_escalation_needs_attack: 'nailDecision',
  nail_escalation: 'escalationStep',
  nail_escalation_exhausted: 'escalationStep',
  nail_market_stage: 'marketStage',
  dangerous_defence_emphasis: 'dangerousSignal',
};

// Reasons whose numbers are shares (0..1) or amounts of money, when their text does
// not format them itself.
const shareRules = new Set([
  'dangerous_revenue_drop',
  'dangerous_fewer_visits',
  'dangerous_payment_delay',
  'nail_our_share',
  'ladder_share_of_wallet',
  'benchmark_sales_not_a_criterion',
]);
const moneyRules = new Set(['nail_wallet', 'nail_potential_value']);

/**
 * The sentence for one reason in the interface language: its i18n key with the
 * input, threshold and parameters, where people read as names, instants as dates,
 * yes/no as words and vocabulary ids as their texts.
 */
export function useReasonText(): (reason: Reason) => string {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const people = usePeople();
  return useCallback(
    (reason: Reason) => {
      const template = i18n.getResource(i18n.language, 'translation', reason.key) ?? i18n.getResource('en', 'translation', reason.key);
      // A text that formats a number itself (`{{input, number(…)}}`) gets the raw number.
      const formatsItself = (name: string) => typeof template === 'string' && template.includes(`{{${name},`);
      const number = (name: string, value: number) => {
        if (formatsItself(name)) return value;
        if (shareRules.has(reason.rule)) return format.percent(value);
        if (moneyRules.has(reason.rule)) return format.money(value);
        return format.number(value);
      };
      const vocabulary = inputVocabulary[reason.rule];
      const readable = (value: unknown): unknown => {
        if (value === null || value === undefined) return dash;
        if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
        if (typeof value === 'string' && uuid.test(value)) {
          const person = people.data?.find((p) => p.id === value);
          return person ? format.name(person.name, person.nameZh) : value;
        }
        if (typeof value === 'string' && isoInstant.test(value)) return format.date(value);
        if (Array.isArray(value)) return value.map((v) => String(readable(v))).join(', ');
        return value;
      };
      const vocab = (value: unknown) =>
        vocabulary && typeof value === 'string' ? t(`${vocabulary}.${value}`, { defaultValue: value }) : undefined;
      const listOf = (value: unknown) =>
        vocabulary && Array.isArray(value)
          ? value.map((v) => t(`${vocabulary}.${String(v)}`, { defaultValue: String(v) })).join(', ')
          : undefined;
      const params: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(reason.params ?? {})) params[key] = readable(value);
      const keep = (name: string, value: unknown) =>
        typeof value === 'number' ? number(name, value) : (vocab(value) ?? listOf(value) ?? readable(value));
      return t(reason.key, {
        ...params,
        input: keep('input', reason.input),
        threshold: keep('threshold', reason.threshold),
        defaultValue: reason.rule,
      });
    },
    [t, i18n, format, people.data],
  );
}
