import { Handle, type NodeProps, Position, useConnection } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentNode } from './map-graph.ts';
import { useDepartmentLabel } from './use-map-labels.ts';

/** A department of the customer as a group around its people; lines drawn from its dot join departments. */
export const DepartmentBox = memo(function DepartmentBox({ data }: NodeProps<DepartmentNode>) {
  const { t } = useTranslation();
  const departmentLabel = useDepartmentLabel();
  const connecting = useConnection((c) => c.inProgress);
  return (
    <div className="pm-department" data-testid="power-map-department" data-department={data.department}>
      <div className="pm-department__label">
        {departmentLabel(data.department)}
        <span className="pm-department__count">{t('powerMapUi.department.members', { count: data.members })}</span>
      </div>
      <Handle
        type="source"
        position={Position.Right}
        className="pm-handle"
        style={{ top: 16 }}
        title={t('powerMapUi.department.connect')}
      />
      <Handle
        type="target"
        position={Position.Left}
        className="pm-drop-target"
        isConnectableStart={false}
        style={{ pointerEvents: connecting ? 'all' : 'none' }}
      />
    </div>
  );
});
