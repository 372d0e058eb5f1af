import '@xyflow/react/dist/style.css';
import './power-map.css';
import { notifications } from '@mantine/notifications';
import {
  Background,
  type Connection,
  ConnectionMode,
  Controls,
  type Edge,
  MiniMap,
  ReactFlow,
  useNodesState,
  useReactFlow,
  useStore,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../i18n/use-catalog.ts';
import { useCardTexts, useDepartmentTexts } from './card-texts.ts';
import { DepartmentBox } from './department-node.tsx';
import { buildMapGraph, isDepartmentNodeId, type MapEdge, type MapNode } from './map-graph.ts';
import { PersonCard } from './person-node.tsx';
import type { MapLayout, MapRelation, PowerMapData } from './power-map-types.ts';
import type { RelationDraft } from './relation-dialog.tsx';
import { RelationEdge, relationLook } from './relation-edge.tsx';

const nodeTypes = { person: PersonCard, department: DepartmentBox };
const edgeTypes = { relation: RelationEdge };
const minimapFrom = 30;
/** Below this zoom the cards' small print is unreadable, so it is not drawn (see power-map.css). */
const farZoom = 0.35;
const attitudeMinimap: Record<string, string> = { supporter: '#40c057', neutral: '#adb5bd', opponent: '#fa5252' };

interface PowerMapCanvasProps {
  data: PowerMapData;
  layout: MapLayout;
  /** People to bring forward (the selected gap's); the rest are dimmed. */
  highlighted: ReadonlySet<string> | null;
  onOpenPerson: (id: string) => void;
  onAddInDepartment: (department: string) => void;
  onDraft: (draft: RelationDraft) => void;
  onEditRelation: (relation: MapRelation) => void;
  /** A person to bring into view (one just added). */
  focusId: string | null;
}

const nodeClass = (node: MapNode, highlighted: ReadonlySet<string> | null) => {
  if (!highlighted || node.type !== 'person') return undefined;
  return highlighted.has(node.id) ? 'pm-highlighted' : 'pm-dimmed';
};

/** The interactive graph: people in their departments, the lines between them, drawing new lines by dragging. */
export function PowerMapCanvas({
  data,
  layout,
  highlighted,
  onOpenPerson,
  onAddInDepartment,
  onDraft,
  onEditRelation,
  focusId,
}: PowerMapCanvasProps) {
  const { t } = useTranslation();
  const label = useCatalog();
  const flow = useReactFlow<MapNode, MapEdge>();
  const far = useStore((s) => s.transform[2] < farZoom);
  const graph = useMemo(() => buildMapGraph(data, layout), [data, layout]);
  const cardTexts = useCardTexts(data.nodes);
  const departmentTexts = useDepartmentTexts();
  // Where people were dragged by hand survives a reload of the data, not a change of layout.
  const moved = useRef(new Map<string, { parentId: string | undefined; position: XYPosition }>());
  const highlightRef = useRef(highlighted);
  highlightRef.current = highlighted;

  /**
   * The graph as React Flow nodes. A node keeps its `measured` size when its size did
   * not change: without it React Flow measures all 300 cards again on every layout switch.
   */
  const decorate = useCallback(
    (current: readonly MapNode[]) => {
      const previous = new Map(current.map((n) => [n.id, n] as const));
      return graph.nodes.map((n) => {
        const old = previous.get(n.id);
        const kept = moved.current.get(n.id);
        const position = kept && kept.parentId === n.parentId ? kept.position : n.position;
        const measured = old && old.width === n.width && old.height === n.height ? old.measured : undefined;
        const data =
          n.type === 'person'
            ? { ...n.data, text: cardTexts.get(n.id) }
            : { ...n.data, text: departmentTexts(n.data.department, n.data.members) };
        return { ...n, position, measured, data, className: nodeClass(n, highlightRef.current) } as MapNode;
      });
    },
    [graph, cardTexts, departmentTexts],
  );
  const [nodes, setNodes, onNodesChange] = useNodesState<MapNode>(decorate([]));

  const shown = useRef({ layout, decorate });
  useEffect(() => {
    if (shown.current.decorate === decorate) return;
    const layoutChanged = shown.current.layout !== layout;
    if (layoutChanged) moved.current.clear();
    shown.current = { layout, decorate };
    setNodes((current) => decorate(current));
    if (layoutChanged) requestAnimationFrame(() => void flow.fitView({ duration: 300 }));
  }, [decorate, layout, setNodes, flow]);

  const hadHighlight = useRef(false);
  useEffect(() => {
    if (!highlighted && !hadHighlight.current) return;
    setNodes((current) => current.map((n) => ({ ...n, className: nodeClass(n, highlighted) }) as MapNode));
    if (highlighted && highlighted.size > 0) {
      requestAnimationFrame(() => void flow.fitView({ nodes: [...highlighted].map((id) => ({ id })), duration: 400, padding: 0.4, maxZoom: 1.2 }));
    } else if (hadHighlight.current) {
      requestAnimationFrame(() => void flow.fitView({ duration: 400 }));
    }
    hadHighlight.current = highlighted !== null;
  }, [highlighted, setNodes, flow]);

  // A person just added is brought into view once the map shows them.
  const present = nodes.some((n) => n.id === focusId);
  useEffect(() => {
    if (focusId && present) requestAnimationFrame(() => void flow.fitView({ nodes: [{ id: focusId }], duration: 300, padding: 1.2, maxZoom: 1 }));
  }, [focusId, present, flow]);

  const edges = useMemo(
    () =>
      graph.edges.map((edge) => {
        const relation = (edge.data as { relation: MapRelation }).relation;
        const dimmed = highlighted !== null && !(highlighted.has(relation.from) || highlighted.has(relation.to));
        return {
          ...edge,
          ...relationLook(relation),
          label: relation.scope === 'department' ? label('relationKinds', relation.kind) : undefined,
          className: dimmed ? 'pm-dimmed' : undefined,
          ariaLabel: label('relationKinds', relation.kind),
        } as MapEdge;
      }),
    [graph.edges, highlighted, label],
  );

  const departmentOf = useCallback(
    (id: string) => (nodes.find((n) => n.id === id)?.data as { department?: string } | undefined)?.department ?? '',
    [nodes],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) => c.source !== c.target && isDepartmentNodeId(c.source) === isDepartmentNodeId(c.target),
    [],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (!isValidConnection(c)) {
        notifications.show({ color: 'orange', message: t('powerMapUi.relation.mixedEnds') });
        return;
      }
      if (isDepartmentNodeId(c.source))
        onDraft({ mode: 'new', scope: 'department', from: departmentOf(c.source), to: departmentOf(c.target) });
      else onDraft({ mode: 'new', scope: 'contact', from: c.source, to: c.target });
    },
    [isValidConnection, onDraft, departmentOf, t],
  );

  return (
    <ReactFlow<MapNode, MapEdge>
      className={far ? 'pm-far' : undefined}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      connectionMode={ConnectionMode.Strict}
      connectionRadius={30}
      onNodeClick={(_, node) => {
        if (node.type === 'person') onOpenPerson(node.id);
      }}
      onNodeDoubleClick={(_, node) => {
        if (node.type === 'department') onAddInDepartment(node.data.department);
      }}
      onEdgeClick={(_, edge) => {
        if (edge.data) onEditRelation(edge.data.relation);
      }}
      onNodeDragStop={(_, __, dragged) => {
        for (const n of dragged) moved.current.set(n.id, { parentId: n.parentId, position: n.position });
      }}
      fitView
      fitViewOptions={{ padding: 0.1 }}
      minZoom={0.05}
      maxZoom={2}
      zoomOnDoubleClick={false}
      deleteKeyCode={null}
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
      {/* A small map is seen whole; the overview only helps when there is too much to see at once. */}
      {data.nodes.length > minimapFrom ? (
        <MiniMap<MapNode>
          pannable
          zoomable
          nodeColor={(n) => (n.type === 'person' ? (attitudeMinimap[n.data.person.attitude] ?? '#adb5bd') : 'rgba(233, 236, 239, 0.6)')}
        />
      ) : null}
    </ReactFlow>
  );
}
