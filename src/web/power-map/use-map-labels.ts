import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import type { MapPerson, ReasonView } from './power-map-types.ts';

const departmentTextKey = (department: string) =>
  department
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** A department's name: the method's common departments in both languages, anything typed shown as typed. */
export function useDepartmentLabel(): (department: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (department) => {
      const key = departmentTextKey(department);
      const fallback = /^[a-z0-9_]+$/.test(key) ? key.replaceAll('_', ' ') : department.trim();
      return t(`powerMapUi.departments.${key}`, { defaultValue: fallback });
    },
    [t],
  );
}

/**
 * A reason in the interface language. The domain names people by their stored name;
 * here a person the map knows is named in the language being read.
 */
export function useReasonText(people: readonly MapPerson[]): (reason: ReasonView) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (reason) => {
      const params = reason.params ?? {};
      const nameOf = (id: unknown, fallback: unknown) => {
        const person = typeof id === 'string' ? people.find((p) => p.id === id) : undefined;
        return person ? format.name(person.name, person.nameZh) : fallback;
      };
      return t(reason.key, {
        ...params,
        input: reason.input ?? '—',
        threshold: reason.threshold ?? '—',
        name: nameOf(params.contactId, params.name),
        decisionMaker: nameOf(params.decisionMakerId, params.decisionMaker),
        defaultValue: reason.rule.replaceAll('_', ' '),
      });
    },
    [t, format, people],
  );
}
