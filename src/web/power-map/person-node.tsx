import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { PersonNode } from './map-graph.ts';

const dots = (influence: number) => '●'.repeat(influence) + '○'.repeat(Math.max(0, 5 - influence));

/**
 * A person as a card: coloured by attitude toward us, wider and heavier the more real
 * influence they hold, with the coach (教练) and the title-versus-power badges
 * (徒有虚名 / 大权在握) readable at a glance. No hooks: 300 of these must draw fast,
 * so the texts come ready in `data.text`.
 */
function Card({ data }: NodeProps<PersonNode>) {
  const p = data.person;
  const text = data.text;
  if (!text) return null;
  const classes = ['pm-card', `pm-card--${p.attitude}`];
  if (p.influence >= 4) classes.push('pm-card--powerful');
  if (!p.present) classes.push('pm-card--left');
  const titlePower = p.titlePower.value;
  return (
    <div
      className={classes.join(' ')}
      data-testid="power-map-node"
      data-contact-id={p.id}
      data-attitude={p.attitude}
      data-buying-role={p.buyingRole}
      data-title-power={titlePower ?? ''}
      title={text.hint}
    >
      <div className="pm-card__top">
        <span className="pm-card__name">
          {p.isMainContact ? <span title={text.mainContact}>★ </span> : null}
          {text.name}
        </span>
        <span className="pm-card__influence" title={text.influence}>
          {dots(p.influence)}
        </span>
      </div>
      <div className="pm-card__title">{text.title}</div>
      <div className="pm-card__badges">
        <span className={`pm-badge pm-badge--${p.buyingRole}`} data-testid={p.buyingRole === 'coach' ? 'coach-badge' : undefined}>
          {text.role}
        </span>
        {titlePower ? (
          <span className={`pm-badge pm-badge--${titlePower}`} title={text.titlePowerHint ?? undefined}>
            {text.titlePower}
          </span>
        ) : null}
        {text.left ? <span className="pm-badge pm-badge--left">{text.left}</span> : null}
      </div>
      <div className={p.ownerName ? 'pm-card__owner' : 'pm-card__owner pm-card__owner--none'}>{text.owner}</div>
      <Handle type="source" position={Position.Bottom} className="pm-handle" data-testid="power-map-handle" />
      {/* While a line is being drawn the whole card accepts it (CSS turns it on), not only a small dot. */}
      <Handle type="target" position={Position.Top} className="pm-drop-target" isConnectableStart={false} />
    </div>
  );
}

// Moving a card (a new layout, a drag) changes its position props, not what it shows.
export const PersonCard = memo(Card, (a, b) => a.data.person === b.data.person && a.data.text === b.data.text);
