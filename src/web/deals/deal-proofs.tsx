import { Anchor, Badge, Button, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format.ts';
import type { DealDetail } from './deal-types.ts';
import { ProofLibraryModal } from './proof-library-modal.tsx';
import { useDealEdit } from './use-deal-edit.ts';
import { useDealLabels } from './use-deal-labels.ts';

/** The proof on this deal (grading, insurance, peak reports, references, benchmark cases), attached from the library. */
export function DealProofs({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useDealLabels();
  const edit = useDealEdit(deal);
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-proofs">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('dealsUi.proofs.title')}</Title>
          <Button size="xs" variant="light" onClick={open} data-testid="open-proof-library">
            {t('dealsUi.proofs.fromLibrary')}
          </Button>
        </Group>
        {deal.proofs.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('dealsUi.proofs.empty')}
          </Text>
        )}
        {deal.proofs.map((p) => (
          <Group key={p.id} justify="space-between" wrap="nowrap" data-testid="attached-proof">
            <Stack gap={0}>
              {p.url ? (
                <Anchor href={p.url} target="_blank" rel="noreferrer" size="sm">
                  {format.name(p.title, p.titleZh)}
                </Anchor>
              ) : (
                <Text size="sm">{format.name(p.title, p.titleZh)}</Text>
              )}
              <Group gap={4}>
                <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                  {labels.proofKind(p.kind)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('dealsUi.proofs.attachedOn', { date: format.date(p.attachedAt) })}
                </Text>
              </Group>
            </Stack>
            <CloseButton
              size="sm"
              aria-label={t('dealsUi.proofs.detach')}
              onClick={() => edit.run({ method: 'DELETE', path: `/proofs/${p.id}` })}
            />
          </Group>
        ))}
      </Stack>
      <ProofLibraryModal deal={deal} opened={opened} onClose={close} />
    </Paper>
  );
}
