import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FOUR_PATS, type FourPats } from './organisation-types.ts';

/** The four pats (四拍型) as four badges: red with a count where one shows, quiet where none does. */
export function FourPatsBadges({ counts, testId = 'four-pats' }: { counts: FourPats; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" data-testid={testId}>
      {FOUR_PATS.map((pat) => (
        <Tooltip key={pat} label={t(`organisationUi.fourPats.hint.${pat}`)} multiline w={280} withArrow>
          <Badge
            variant={counts[pat] > 0 ? 'filled' : 'light'}
            color={counts[pat] > 0 ? 'red' : 'gray'}
            data-testid={`four-pats-${pat}`}
            data-count={counts[pat]}
            style={{ minWidth: 'max-content' }}
          >
            {t(`organisation.guardRails.${pat}`)}
            {counts[pat] > 0 ? ` · ${counts[pat]}` : ''}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
