import type { attitudes, buyingRoles, relationKinds } from '../catalog.ts';

export type BuyingRole = (typeof buyingRoles)[number];
export type Attitude = (typeof attitudes)[number];
export type RelationKind = (typeof relationKinds)[number];

/**
 * A person inside the customer as the power map sees them (SPEC §5). The formal
 * title and rank are only the surface; `influence` is the real power, recorded
 * separately because the two often disagree (徒有虚名 / 大权在握).
 */
export interface Contact {
  id: string;
  name: string;
  department: string;
  title: string;
  /** Place in the customer's hierarchy: 1 is the top, larger numbers are lower. */
  rank: number;
  /** Real influence on the buying decision, 1 (none) to 5 (decisive). */
  influence: number;
  buyingRole: BuyingRole;
  attitude: Attitude;
  /** How strong our relationship with this person is, 1 to 5. */
  relationshipStrength: number;
  /** The user on our side who owns the relationship, or null when nobody does. */
  ownerId: string | null;
  /** When the person left the customer; a future date means the departure is announced. */
  leftAt: Date | null;
  isMainContact: boolean;
  lastActivityAt: Date | null;
}

/**
 * A relation between two contacts. Directed kinds read "from … to":
 * `reports_to` (from reports to to) and `influences`; `ally` and `rival` are mutual.
 */
export interface ContactRelation {
  scope: 'contact';
  kind: RelationKind;
  from: string;
  to: string;
  /** 1 (weak) to 3 (strong). */
  strength: number;
}

/** The same kinds between departments: the alliances and hostilities the org chart hides. */
export interface DepartmentRelation {
  scope: 'department';
  kind: RelationKind;
  from: string;
  to: string;
  strength: number;
}

export type PowerRelation = ContactRelation | DepartmentRelation;
