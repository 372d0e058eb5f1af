import { Anchor, Box, Breadcrumbs, Button, Group, Paper, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getNodesBounds, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAccount } from '../accounts/use-accounts.ts';
import { ErrorAlert, useErrorText } from '../components/error-alert.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { useFormat } from '../i18n/use-format.ts';
import { CoveragePanel } from './coverage-panel.tsx';
import { downloadBlob, renderMapPng } from './export-png.ts';
import { GapList } from './gap-list.tsx';
import type { MapEdge, MapNode } from './map-graph.ts';
import { MapLegend } from './map-legend.tsx';
import { PersonPanel } from './person-panel.tsx';
import { PowerMapCanvas } from './power-map-canvas.tsx';
import type { MapGap, MapLayout, MapRelation, PowerMapData } from './power-map-types.ts';
import { RelationDialog, type RelationDraft } from './relation-dialog.tsx';
import { useDepartmentLabel } from './use-map-labels.ts';
import { usePowerMap } from './use-power-map.ts';

/** /accounts/:id/power-map: who really decides inside the customer (SPEC §5). */
export function PowerMapPage() {
  return (
    <ReactFlowProvider>
      <PowerMapScreen />
    </ReactFlowProvider>
  );
}

function PowerMapScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const account = useAccount(id);
  const map = usePowerMap(id);

  if (account.isPending || map.isPending) return <PageLoader />;
  if (account.isError) return <ErrorAlert error={account.error} />;
  if (map.isError) return <ErrorAlert error={map.error} />;
  const accountName = format.name(account.data.name, account.data.nameZh);

  return (
    <Stack gap="sm">
      <Breadcrumbs>
        <Anchor component={Link} to="/accounts" size="sm">
          {t('accounts.title')}
        </Anchor>
        <Anchor component={Link} to={`/accounts/${id}`} size="sm">
          {accountName}
        </Anchor>
        <Text size="sm">{t('nav.powerMap')}</Text>
      </Breadcrumbs>
      <PowerMapEditor accountId={id} accountName={accountName} data={map.data} />
    </Stack>
  );
}

function PowerMapEditor({ accountId, accountName, data }: { accountId: string; accountName: string; data: PowerMapData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const departmentLabel = useDepartmentLabel();
  const flow = useReactFlow<MapNode, MapEdge>();
  const canvasRef = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<MapLayout>('org');
  const [gap, setGap] = useState<MapGap['gap'] | null>(null);
  const [panel, setPanel] = useState<{ opened: boolean; personId: string | null; department?: string }>({ opened: false, personId: null });
  const [draft, setDraft] = useState<RelationDraft | null>(null);
  const [exporting, setExporting] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);

  const selectedGap = data.gaps.find((g) => g.gap === gap) ?? null;
  const highlighted = useMemo(() => (selectedGap ? new Set(selectedGap.contactIds) : null), [selectedGap]);
  const person = panel.personId ? (data.nodes.find((p) => p.id === panel.personId) ?? null) : null;

  const nameOf = useCallback(
    (scope: MapRelation['scope'], end: string) => {
      if (scope === 'department') return departmentLabel(end);
      const p = data.nodes.find((n) => n.id === end);
      return p ? format.name(p.name, p.nameZh) : end;
    },
    [data.nodes, departmentLabel, format],
  );

  const exportPng = async () => {
    const viewport = canvasRef.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    setExporting(true);
    try {
      const blob = await renderMapPng({
        viewport,
        bounds: getNodesBounds(flow.getNodes()),
        header: `${accountName} · ${t('nav.powerMap')} · ${format.date(new Date())}`,
      });
      downloadBlob(blob, `power-map-${accountName.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`);
    } catch (err) {
      notifications.show({ color: 'red', message: err instanceof Error ? err.message : errorText(err) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={2} data-testid="power-map-title">
            {t('powerMapUi.title', { account: accountName })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('powerMapUi.subtitle')}
          </Text>
        </Stack>
        <Group gap="xs">
          <SegmentedControl
            value={layout}
            onChange={(value) => setLayout(value as MapLayout)}
            data={(['org', 'power'] as const).map((value) => ({ value, label: <span data-testid={`layout-${value}`}>{t(`powerMapUi.layout.${value}`)}</span> }))}
            data-testid="power-map-layout"
          />
          <Button onClick={() => setPanel({ opened: true, personId: null })} data-testid="power-map-add-person">
            {t('powerMapUi.addPerson')}
          </Button>
          <Button variant="default" onClick={exportPng} loading={exporting} data-testid="power-map-export">
            {t('powerMapUi.exportPng')}
          </Button>
        </Group>
      </Group>
      <MapLegend />
      <Group align="stretch" gap="sm" wrap="nowrap">
        <Paper withBorder radius="md" style={{ flex: 1, minWidth: 0, height: 'calc(100vh - 250px)', minHeight: 520, overflow: 'hidden' }}>
          <Box ref={canvasRef} h="100%" className="pm-canvas" data-testid="power-map-canvas" data-layout={layout}>
            {data.nodes.length === 0 && data.departments.length === 0 ? (
              <Stack align="center" justify="center" h="100%">
                <Text c="dimmed">{t('powerMapUi.empty')}</Text>
              </Stack>
            ) : (
              <PowerMapCanvas
                data={data}
                layout={layout}
                highlighted={highlighted}
                onOpenPerson={(personId) => setPanel({ opened: true, personId })}
                onAddInDepartment={(department) => setPanel({ opened: true, personId: null, department })}
                onDraft={setDraft}
                onEditRelation={(relation) => setDraft({ mode: 'edit', relation })}
                focusId={focusId}
              />
            )}
          </Box>
        </Paper>
        <ScrollArea.Autosize mah="calc(100vh - 250px)" w={340} style={{ flexShrink: 0 }} type="auto">
          <Stack gap="sm" pr="xs">
            <CoveragePanel map={data} />
            <GapList gaps={data.gaps} people={data.nodes} selected={gap} onSelect={(g) => setGap(g?.gap ?? null)} />
          </Stack>
        </ScrollArea.Autosize>
      </Group>
      <PersonPanel
        accountId={accountId}
        opened={panel.opened}
        onClose={() => setPanel((p) => ({ ...p, opened: false }))}
        person={person}
        people={data.nodes}
        departments={data.departments}
        defaultDepartment={panel.department}
        onSaved={(id) => setFocusId(panel.personId ? null : id)}
      />
      <RelationDialog accountId={accountId} draft={draft} nameOf={nameOf} onClose={() => setDraft(null)} />
    </>
  );
}
