import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealCatalogue, ReasonItem } from './deal-types.ts';
import { useDealCatalogue } from './use-deals.ts';

const humanise = (id: string) => id.replaceAll('_', ' ');

// i18next interpolates plain values; lists and objects are shown joined.
const plain = (value: unknown): unknown =>
  Array.isArray(value) ? value.join(', ') : value !== null && typeof value === 'object' ? JSON.stringify(value) : value;

export interface DealLabels {
  kind: (kind: string) => string;
  /** An LTC stage or a sales stage, by the deal's kind. */
  stage: (kind: string, stage: string) => string;
  buyingStage: (stage: string | null | undefined) => string;
  salesStage: (stage: string | null | undefined) => string;
  /** A signal or action: the company's own name for it in its catalogue, else the shipped text. */
  signal: (id: string) => string;
  action: (id: string) => string;
  proofKind: (kind: string) => string;
  teamRole: (role: string) => string;
  reason: (reason: ReasonItem) => string;
}

/** The words of the deal method in the interface language, the company's own catalogue included. */
export function useDealLabels(): DealLabels {
  const { t, i18n } = useTranslation();
  const catalogue = useDealCatalogue().data;
  const zh = i18n.language === 'zh-CN';
  const own = useMemo(() => ownNames(catalogue, zh), [catalogue, zh]);
  const term = useCallback(
    (path: string, id: string | null | undefined) => (id ? t(`${path}.${id}`, { defaultValue: humanise(id) }) : '—'),
    [t],
  );
  return useMemo(
    () => ({
      kind: (kind) => term('deals.kinds', kind),
      stage: (kind, stage) => term(kind === 'standard' ? 'deals.ltcStages' : 'deals.salesStages', stage),
      buyingStage: (stage) => term('deals.buyingStages', stage),
      salesStage: (stage) => term('deals.salesStages', stage),
      signal: (id) => own.signals.get(id) ?? term('deals.signals', id),
      action: (id) => own.actions.get(id) ?? term('deals.actions', id),
      proofKind: (kind) => term('deals.proofKinds', kind),
      teamRole: (role) => term('dealsUi.teamRoles', role),
      reason: (r) =>
        t(r.key, {
          defaultValue: r.rule,
          input: plain(r.input),
          threshold: plain(r.threshold),
          ...Object.fromEntries(Object.entries(r.params ?? {}).map(([k, v]) => [k, plain(v)])),
        }),
    }),
    [t, term, own],
  );
}

function ownNames(catalogue: DealCatalogue | undefined, zh: boolean) {
  const pick = (item: { id: string; name_en: string; name_zh: string }) => [item.id, zh ? item.name_zh : item.name_en] as const;
  return { signals: new Map(catalogue?.signals.map(pick)), actions: new Map(catalogue?.actions.map(pick)) };
}
