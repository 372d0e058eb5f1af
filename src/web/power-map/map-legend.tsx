import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { attitudes, relationKinds } from '../../domain/catalog.ts';
import { useCatalog } from '../i18n/use-catalog.ts';
import { relationColors } from './relation-edge.tsx';

const swatch = { supporter: ['#ebfbee', '#2f9e44'], neutral: ['#f8f9fa', '#868e96'], opponent: ['#fff5f5', '#e03131'] } as const;

/** What the colours, lines and badges of the canvas mean. */
export function MapLegend() {
  const { t } = useTranslation();
  const label = useCatalog();
  return (
    <Group gap="md" wrap="wrap" data-testid="power-map-legend">
      {attitudes.map((a) => (
        <Group key={a} gap={4} wrap="nowrap">
          <span style={{ width: 14, height: 14, borderRadius: 3, background: swatch[a][0], border: `2px solid ${swatch[a][1]}` }} />
          <Text size="xs">{label('attitudes', a)}</Text>
        </Group>
      ))}
      {relationKinds.map((k) => (
        <Group key={k} gap={4} wrap="nowrap">
          <svg width="26" height="10" aria-hidden="true">
            <line
              x1="1"
              y1="5"
              x2="25"
              y2="5"
              stroke={relationColors[k]}
              strokeWidth="2.5"
              strokeDasharray={k === 'rival' ? '5 3' : undefined}
            />
            {k === 'influences' || k === 'reports_to' ? (
              <path d="M19,1 L25,5 L19,9" fill={k === 'influences' ? relationColors[k] : 'none'} stroke={relationColors[k]} />
            ) : null}
          </svg>
          <Text size="xs">{label('relationKinds', k)}</Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        {t('powerMapUi.legend.influence')}
      </Text>
      <Group gap={4} wrap="nowrap">
        <span className="pm-badge pm-badge--figurehead">{t('powerMapUi.badges.figurehead')}</span>
        <span className="pm-badge pm-badge--hidden_power">{t('powerMapUi.badges.hidden_power')}</span>
        <span className="pm-badge pm-badge--coach">{label('buyingRoles', 'coach')}</span>
      </Group>
      <Text size="xs" c="dimmed">
        {t('powerMapUi.legend.howTo')}
      </Text>
    </Group>
  );
}
