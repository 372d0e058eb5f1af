import type { Attitude, BuyingRole, RelationKind } from '../../domain/power-map/contact.ts';
import type { PowerMapGapKind } from '../../domain/power-map/gap.ts';
import type { GapSeverity } from '../../domain/power-map/settings.ts';
import type { TitlePower } from '../../domain/power-map/title-vs-influence.ts';

/** One reason behind a computed value, as the API sends it (src/domain/reason.ts). */
export interface ReasonView {
  rule: string;
  key: string;
  met: boolean;
  input?: unknown;
  threshold?: unknown;
  params?: Record<string, unknown>;
}

/** A person on the map (GET /api/accounts/:id/power-map → nodes). */
export interface MapPerson {
  id: string;
  name: string;
  nameZh: string | null;
  department: string;
  title: string;
  titleZh: string | null;
  rank: number;
  influence: number;
  buyingRole: BuyingRole;
  attitude: Attitude;
  relationshipStrength: number;
  ownerId: string | null;
  ownerName: string | null;
  ownerNameZh: string | null;
  isMainContact: boolean;
  email: string | null;
  phone: string | null;
  leftAt: string | null;
  notes: string | null;
  lastActivityAt: string | null;
  present: boolean;
  active: boolean;
  titlePower: { value: TitlePower | null; reasons: ReasonView[] };
  version: number;
}

/** A line between two people (ids) or two departments (names). */
export interface MapRelation {
  id: string;
  scope: 'contact' | 'department';
  kind: RelationKind;
  from: string;
  to: string;
  strength: number;
  note: string | null;
  version: number;
}

export interface MapGap {
  gap: PowerMapGapKind;
  severity: GapSeverity;
  contactIds: string[];
  reasons: ReasonView[];
}

export interface PowerMapData {
  accountId: string;
  asOf: string;
  nodes: MapPerson[];
  edges: MapRelation[];
  departments: string[];
  gaps: MapGap[];
  coverage: { value: number; reasons: ReasonView[] };
}

/** The two drawings of the same people: the formal hierarchy, or real influence from the top. */
export type MapLayout = 'org' | 'power';
