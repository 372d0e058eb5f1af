import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../i18n/use-catalog.ts';
import type { MapPerson } from './power-map-types.ts';
import { useDepartmentLabel } from './use-map-labels.ts';

/** Everything a card says, in the interface language. */
export interface CardText {
  name: string;
  title: string;
  role: string;
  titlePower: string | null;
  titlePowerHint: string | null;
  owner: string;
  left: string | null;
  hint: string;
  influence: string;
  mainContact: string;
}

export interface DepartmentText {
  label: string;
  members: string;
  connect: string;
}

/**
 * The texts of every card, worked out once per map and language rather than in each
 * of 300 cards: translation hooks in every card made the first render seconds slower.
 */
export function useCardTexts(people: readonly MapPerson[]): Map<string, CardText> {
  const { t, i18n } = useTranslation();
  const label = useCatalog();
  const zh = i18n.language === 'zh-CN';
  return useMemo(() => {
    const name = (en: string, cn: string | null) => (zh && cn ? cn : en);
    const mainContact = t('powerMapUi.card.mainContact');
    const noOwner = t('powerMapUi.card.noOwner');
    const left = t('powerMapUi.card.left');
    return new Map(
      people.map((p) => {
        const power = p.titlePower.value;
        const influence = t('powerMapUi.card.influence', { influence: p.influence });
        return [
          p.id,
          {
            name: name(p.name, p.nameZh),
            title: name(p.title, p.titleZh),
            role: label('buyingRoles', p.buyingRole),
            titlePower: power ? t(`powerMapUi.badges.${power}`) : null,
            titlePowerHint: power ? t(`powerMap.titlePower.${power}`) : null,
            owner: p.ownerName ? t('powerMapUi.card.owner', { name: name(p.ownerName, p.ownerNameZh) }) : noOwner,
            left: p.present ? null : left,
            hint: `${label('attitudes', p.attitude)} · ${influence}`,
            influence,
            mainContact,
          },
        ] as const;
      }),
    );
  }, [people, t, label, zh]);
}

/** The label and head count of each department group, by department name. */
export function useDepartmentTexts(): (department: string, members: number) => DepartmentText {
  const { t } = useTranslation();
  const departmentLabel = useDepartmentLabel();
  return useMemo(() => {
    const connect = t('powerMapUi.department.connect');
    return (department: string, members: number) => ({ label: departmentLabel(department), members: t('powerMapUi.department.members', { count: members }), connect });
  }, [t, departmentLabel]);
}
