import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { DepartmentNode } from './map-graph.ts';

/** A department of the customer as a group around its people; lines drawn from its dot join departments. */
function Box({ data }: NodeProps<DepartmentNode>) {
  return (
    <div className="pm-department" data-testid="power-map-department" data-department={data.department}>
      <div className="pm-department__label">
        {data.text?.label ?? data.department}
        <span className="pm-department__count">{data.text?.members}</span>
      </div>
      <Handle type="source" position={Position.Right} className="pm-handle" style={{ top: 16 }} title={data.text?.connect} />
      <Handle type="target" position={Position.Left} className="pm-drop-target" isConnectableStart={false} />
    </div>
  );
}

export const DepartmentBox = memo(Box, (a, b) => a.data.department === b.data.department && a.data.text === b.data.text);
