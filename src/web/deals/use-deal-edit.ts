import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../components/error-alert.tsx';
import type { DealDetail } from './deal-types.ts';
import { useDealChange } from './use-deals.ts';

type Change = Parameters<ReturnType<typeof useDealChange>['mutate']>[0];

/** Make a change on the deal page; a failure is shown where the user is, in their language. */
export function useDealEdit(deal: { accountId: string; id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const change = useDealChange(deal.accountId, deal.id);
  const run = (c: Change, onDone?: (deal: DealDetail) => void) =>
    change.mutate(c, {
      onSuccess: (updated) => onDone?.(updated),
      onError: (err) => notifications.show({ color: 'red', title: t('dealsUi.saveFailed'), message: errorText(err) }),
    });
  return { run, pending: change.isPending };
}
