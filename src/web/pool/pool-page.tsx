import { Alert, Anchor, Badge, Button, Grid, Group, NavLink, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tag } from '../../domain/catalog.ts';
import { LEVEL_IDS, type RelationshipLevel } from '../../domain/ladder/level.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { PaymentTrapBadge, TagBadge } from '../components/badges.tsx';
import { EmptyNote } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useRegions } from '../components/use-reference-data.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { dash, useFormat } from '../i18n/use-format.ts';
import { ReasonList } from '../judgements/reason-list.tsx';
import { RecordModal } from '../judgements/record-modal.tsx';
import { PoolReviewDetail } from './pool-review-detail.tsx';
import { useCurrentPool, usePoolReviews, useTakePoolReview } from './use-pool.ts';

/**
 * The strategic pool (战略客户池): who is in it now against the company's maximum,
 * and its periodic reviews — each a dated snapshot saying who entered and who left, and why.
 */
export function PoolPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const { data: user } = useCurrentUser();
  const reviewer = user?.role === 'manager' || user?.role === 'executive' || user?.role === 'admin';
  const pool = useCurrentPool();
  const reviews = usePoolReviews(reviewer);
  const regions = useRegions();
  const take = useTakePoolReview();
  const [selected, setSelected] = useState<string | null>(null);
  const [taking, setTaking] = useState(false);
  const [note, setNote] = useState('');

  if (pool.isPending) return <PageLoader />;
  if (pool.isError) return <ErrorAlert error={pool.error} />;
  const current = pool.data;
  const shown = selected ?? reviews.data?.items[0]?.id ?? null;
  const regionName = (id: string | null) => {
    const r = regions.data?.find((x) => x.id === id);
    return r ? format.name(r.nameEn, r.nameZh) : dash;
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('nav.strategicPool')}</Title>
          <Text size="sm" c="dimmed">
            {t('poolUi.subtitle')}
          </Text>
        </div>
        <Badge size="lg" color={current.poolSizeWarning.value ? 'red' : 'teal'} variant="light" data-testid="pool-count">
          {t('poolUi.count', { count: current.count, max: current.max })}
        </Badge>
      </Group>
      {current.poolSizeWarning.value && (
        <Alert color="red" variant="light" title={t('poolUi.tooBig')} data-testid="pool-size-warning">
          <ReasonList reasons={current.poolSizeWarning.reasons} />
        </Alert>
      )}
      {current.reviewDue.value.due && (
        <Alert color="orange" variant="light" title={t('poolUi.reviewDue')}>
          <ReasonList reasons={current.reviewDue.reasons} />
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        {current.accounts.length === 0 ? (
          <EmptyNote>{t('poolUi.empty')}</EmptyNote>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped data-testid="pool-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.fields.name')}</Table.Th>
                  <Table.Th>{t('account.fields.industry')}</Table.Th>
                  <Table.Th>{t('account.fields.region')}</Table.Th>
                  <Table.Th>{t('account.fields.tag')}</Table.Th>
                  <Table.Th>{t('account.fields.level')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {current.accounts.map((a) => (
                  <Table.Tr key={a.accountId}>
                    <Table.Td>
                      <Group gap="xs">
                        <Anchor component={Link} to={`/accounts/${a.accountId}?tab=judgement`} size="sm">
                          {format.name(a.name, a.nameZh)}
                        </Anchor>
                        <PaymentTrapBadge flagged={a.paymentTrap} />
                      </Group>
                    </Table.Td>
                    <Table.Td>{label('industries', a.industry)}</Table.Td>
                    <Table.Td>{regionName(a.regionId)}</Table.Td>
                    <Table.Td>
                      <TagBadge tag={a.tag as Tag} />
                    </Table.Td>
                    <Table.Td>
                      {a.officialLevel ? `${a.officialLevel} · ${t(`level.${LEVEL_IDS[a.officialLevel as RelationshipLevel]}`)}` : dash}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {reviewer && (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" mb="sm">
            <Title order={3}>{t('poolUi.reviews')}</Title>
            <Button
              onClick={() => {
                setNote('');
                take.reset();
                setTaking(true);
              }}
              data-testid="take-review"
            >
              {t('poolUi.take')}
            </Button>
          </Group>
          {reviews.isError && <ErrorAlert error={reviews.error} />}
          {reviews.data?.items.length === 0 && <EmptyNote>{t('poolUi.noReviews')}</EmptyNote>}
          <Grid>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap={2} data-testid="pool-reviews">
                {reviews.data?.items.map((r) => (
                  <NavLink
                    key={r.id}
                    active={r.id === shown}
                    onClick={() => setSelected(r.id)}
                    label={format.dateTime(r.takenAt)}
                    description={`${format.name(r.takenByName, r.takenByNameZh)} · ${t('poolUi.reviewCount', { count: r.summary.tiers.strategic ?? 0 })}${r.note ? ` · ${r.note}` : ''}`}
                  />
                ))}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>{shown && <PoolReviewDetail id={shown} />}</Grid.Col>
          </Grid>
        </Paper>
      )}
      <RecordModal
        opened={taking}
        onClose={() => setTaking(false)}
        title={t('poolUi.take')}
        error={take.error}
        fields={['note']}
        pending={take.isPending}
        onSubmit={() =>
          take.mutate(note, {
            onSuccess: (r) => {
              setSelected(r.id);
              setTaking(false);
            },
          })
        }
        submitLabel={t('poolUi.takeNow')}
        testId="pool-review"
      >
        <Text size="sm" c="dimmed">
          {t('poolUi.takeHint')}
        </Text>
        <Textarea
          label={t('poolUi.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          data-testid="pool-review-note"
        />
      </RecordModal>
    </Stack>
  );
}
