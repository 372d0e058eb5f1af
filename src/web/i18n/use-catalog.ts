import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The vocabularies of src/domain/catalog.ts, named as exported there. */
export type Vocabulary =
  | 'industries'
  | 'serviceLines'
  | 'accountStatuses'
  | 'userRoles'
  | 'siteKinds'
  | 'activityKinds'
  | 'teamRoles'
  | 'buyingRoles'
  | 'attitudes'
  | 'relationKinds'
  | 'tiers'
  | 'tags'
  | 'departmentKinds';

const humanise = (id: string) => id.replaceAll('_', ' ');

/** The label of a vocabulary id (`catalog.<vocabulary>.<id>`), falling back to the id itself. */
export function useCatalog(): (vocabulary: Vocabulary, id: string | null | undefined) => string {
  const { t } = useTranslation();
  return useCallback((vocabulary, id) => (id ? t(`catalog.${vocabulary}.${id}`, { defaultValue: humanise(id) }) : '—'), [t]);
}
