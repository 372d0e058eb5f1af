import { BaseEdge, EdgeLabelRenderer, type EdgeProps, type InternalNode, MarkerType, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import type { RelationKind } from '../../domain/power-map/contact.ts';
import type { MapEdge } from './map-graph.ts';
import type { MapRelation } from './power-map-types.ts';

/** One colour per kind of line; the legend uses the same. */
export const relationColors: Record<RelationKind, string> = {
  reports_to: '#495057',
  ally: '#2f9e44',
  rival: '#e03131',
  influences: '#1c7ed6',
};

/** How a relation looks: reports_to solid, ally green, rival red and dashed, influences with an arrow. */
export function relationLook(relation: Pick<MapRelation, 'kind' | 'strength' | 'scope'>) {
  const color = relationColors[relation.kind];
  const width = (relation.scope === 'department' ? 2.5 : 1) + relation.strength * 0.75;
  return {
    style: {
      stroke: color,
      strokeWidth: width,
      strokeDasharray: relation.kind === 'rival' ? '7 5' : undefined,
    },
    markerEnd:
      relation.kind === 'influences'
        ? { type: MarkerType.ArrowClosed, color, width: 16, height: 16 }
        : relation.kind === 'reports_to'
          ? { type: MarkerType.Arrow, color, width: 14, height: 14 }
          : undefined,
  };
}

interface Point {
  x: number;
  y: number;
}

function box(node: InternalNode) {
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return { cx: x + width / 2, cy: y + height / 2, hw: width / 2, hh: height / 2 };
}

/** Where the line from a node's centre toward `toward` leaves the node's rectangle. */
function exitPoint(node: InternalNode, toward: Point): Point {
  const { cx, cy, hw, hh } = box(node);
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = 1 / Math.max(Math.abs(dx) / (hw || 1), Math.abs(dy) / (hh || 1));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/**
 * A line from border to border, whatever the layout puts where (the two layouts move
 * people up and down, so fixed top/bottom handles would loop). Two lines between the
 * same pair bend apart.
 */
export const RelationEdge = memo(function RelationEdge({ id, source, target, data, style, markerEnd, label }: EdgeProps<MapEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const a = box(from);
  const b = box(to);
  const bend = data?.bend ?? 0;
  const length = Math.hypot(b.cx - a.cx, b.cy - a.cy) || 1;
  const normal = { x: -(b.cy - a.cy) / length, y: (b.cx - a.cx) / length };
  const middle = { x: (a.cx + b.cx) / 2 + normal.x * bend * 2, y: (a.cy + b.cy) / 2 + normal.y * bend * 2 };
  const start = exitPoint(from, middle);
  const end = exitPoint(to, middle);
  const path =
    bend === 0 ? `M ${start.x},${start.y} L ${end.x},${end.y}` : `M ${start.x},${start.y} Q ${middle.x},${middle.y} ${end.x},${end.y}`;
  // The curve's own midpoint (a quadratic's lies halfway to the control point).
  const labelAt = { x: (start.x + end.x) / 4 + middle.x / 2, y: (start.y + end.y) / 4 + middle.y / 2 };
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} interactionWidth={16} />
      {label ? (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan power-map-edge-label"
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${labelAt.x}px, ${labelAt.y}px)`,
              background: 'white',
              border: `1px solid ${style?.stroke ?? '#adb5bd'}`,
              color: style?.stroke as string | undefined,
              borderRadius: 4,
              padding: '1px 6px',
              fontSize: 11,
              fontWeight: 600,
              pointerEvents: 'all',
            }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
