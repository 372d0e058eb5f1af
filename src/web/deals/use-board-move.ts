import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { checkLtcTransition } from '../../domain/deals/ltc.ts';
import { LTC_STAGES, type LtcStage } from '../../domain/deals/stages.ts';
import { isApiError } from '../app/api.ts';
import { useErrorText } from '../components/error-alert.tsx';
import { useFormat } from '../i18n/use-format.ts';
import type { DealSummary } from './deal-types.ts';
import { useDealLabels } from './use-deal-labels.ts';
import { useDealCatalogue, useMoveDeal } from './use-deals.ts';

const isLtc = (stage: string): stage is LtcStage => (LTC_STAGES as readonly string[]).includes(stage);

/**
 * Move a deal on a board. A standard deal's LTC step is checked here first so the
 * refusal explains itself at once (the server checks it again); a solution deal may
 * go to any stage, and landing out of step with the customer is said out loud.
 */
export function useBoardMove(deals: DealSummary[] | undefined) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const errorText = useErrorText();
  const client = useQueryClient();
  const catalogue = useDealCatalogue().data;
  const move = useMoveDeal();

  return (dealId: string, stage: string) => {
    const deal = deals?.find((d) => d.id === dealId);
    if (!deal || deal.stage === stage) return;
    const name = format.name(deal.name, deal.nameZh);
    if (deal.kind === 'standard' && isLtc(deal.stage) && isLtc(stage)) {
      const check = checkLtcTransition({ from: deal.stage, to: stage, allowEarlyClose: catalogue?.ltcAllowEarlyClose ?? true });
      if (!check.value) {
        notifications.show({
          color: 'red',
          title: t('dealsUi.board.moveRefused', { name }),
          message: check.reasons.map(labels.reason).join(' '),
        });
        return;
      }
    }
    move.mutate(
      { accountId: deal.accountId, dealId, stage, version: deal.version },
      {
        onSuccess: (moved) => {
          const alignment = moved.judgements.alignment;
          if (alignment?.mismatch) {
            notifications.show({
              color: 'red',
              title: t('dealsUi.board.outOfStep', { name }),
              message: alignment.reasons.map(labels.reason).join(' '),
            });
          } else {
            notifications.show({
              color: 'teal',
              message: t('dealsUi.board.moved', { name, stage: labels.stage(moved.kind, moved.stage) }),
            });
          }
        },
        onError: (err) => {
          if (isApiError(err, 'conflict.stale_version')) void client.invalidateQueries({ queryKey: ['deals', 'board'] });
          notifications.show({
            color: 'red',
            title: t('dealsUi.board.moveFailed', { name }),
            message: isApiError(err, 'conflict.stale_version') ? t('dealsUi.board.reloaded') : errorText(err),
          });
        },
      },
    );
  };
}
