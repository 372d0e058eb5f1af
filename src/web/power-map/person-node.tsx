import { Handle, type NodeProps, Position, useConnection } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useFormat } from '../i18n/use-format.ts';
import type { PersonNode } from './map-graph.ts';

const dots = (influence: number) => '●'.repeat(influence) + '○'.repeat(Math.max(0, 5 - influence));

/**
 * A person as a card: coloured by attitude toward us, wider and heavier the more real
 * influence they hold, with the coach (教练) and the title-versus-power badges
 * (徒有虚名 / 大权在握) readable at a glance.
 */
export const PersonCard = memo(function PersonCard({ data }: NodeProps<PersonNode>) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useCatalog();
  const connecting = useConnection((c) => c.inProgress);
  const p = data.person;
  const classes = ['pm-card', `pm-card--${p.attitude}`];
  if (p.influence >= 4) classes.push('pm-card--powerful');
  if (!p.present) classes.push('pm-card--left');
  const titlePower = p.titlePower.value;
  const owner = p.ownerName ? format.name(p.ownerName, p.ownerNameZh) : null;
  return (
    <div
      className={classes.join(' ')}
      data-testid="power-map-node"
      data-contact-id={p.id}
      data-attitude={p.attitude}
      data-buying-role={p.buyingRole}
      data-title-power={titlePower ?? ''}
      title={`${label('attitudes', p.attitude)} · ${t('powerMapUi.card.influence', { influence: p.influence })}`}
    >
      <div className="pm-card__top">
        <span className="pm-card__name">
          {p.isMainContact ? <span title={t('powerMapUi.card.mainContact')}>★ </span> : null}
          {format.name(p.name, p.nameZh)}
        </span>
        <span className="pm-card__influence" title={t('powerMapUi.card.influence', { influence: p.influence })}>
          {dots(p.influence)}
        </span>
      </div>
      <div className="pm-card__title">{format.name(p.title, p.titleZh)}</div>
      <div className="pm-card__badges">
        <span className={`pm-badge pm-badge--${p.buyingRole}`} data-testid={p.buyingRole === 'coach' ? 'coach-badge' : undefined}>
          {label('buyingRoles', p.buyingRole)}
        </span>
        {titlePower ? (
          <span className={`pm-badge pm-badge--${titlePower}`} title={t(`powerMap.titlePower.${titlePower}`)}>
            {t(`powerMapUi.badges.${titlePower}`)}
          </span>
        ) : null}
        {p.present ? null : <span className="pm-badge pm-badge--left">{t('powerMapUi.card.left')}</span>}
      </div>
      <div className={owner ? 'pm-card__owner' : 'pm-card__owner pm-card__owner--none'}>
        {owner ? t('powerMapUi.card.owner', { name: owner }) : t('powerMapUi.card.noOwner')}
      </div>
      <Handle type="source" position={Position.Bottom} className="pm-handle" data-testid="power-map-handle" />
      {/* While a line is being drawn the whole card accepts it, not only a small dot. */}
      <Handle
        type="target"
        position={Position.Top}
        className="pm-drop-target"
        isConnectableStart={false}
        style={{ pointerEvents: connecting ? 'all' : 'none' }}
      />
    </div>
  );
});
