import type { AccountStatus, Tag, Tier } from '../../domain/catalog.ts';
import type { Reason } from '../judgements/judgement-types.ts';

/** A row of GET /api/accounts. */
export interface AccountListItem {
  id: string;
  name: string;
  nameZh: string | null;
  industry: string;
  regionId: string | null;
  regionName: string | null;
  regionNameZh: string | null;
  province: string;
  city: string;
  ownerId: string | null;
  ownerName: string | null;
  ownerNameZh: string | null;
  status: AccountStatus;
  revenue12m: number;
  tier: Tier | null;
  tag: Tag | null;
  /** Collection cycle or overdue share beyond the company's limits (SPEC §1.4); null before evaluation. */
  paymentTrap: boolean | null;
  updatedAt: string;
  version: number;
}

export interface AccountPage {
  items: AccountListItem[];
  nextCursor: string | null;
  total: number;
}

/** The editable fields of an account (POST/PATCH /api/accounts). */
export interface AccountFields {
  name: string;
  nameZh: string | null;
  industry: string;
  regionId: string | null;
  province: string;
  city: string;
  ownerId: string | null;
  status: AccountStatus;
  walletEstimate: number | null;
  paymentTermsDays: number | null;
  collectionCycleDays: number | null;
  overdueShare: number | null;
  customerGrowth: number | null;
  jointOffice: boolean;
  coLocated: boolean;
  description: string | null;
}

/** GET /api/accounts/:id. */
export interface Account extends AccountFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  owner: { id: string; name: string; nameZh: string | null } | null;
  region: { id: string; nameEn: string; nameZh: string } | null;
}

export interface Site {
  id: string;
  kind: string;
  name: string;
  nameZh: string | null;
  province: string;
  city: string;
  lat: number | null;
  lng: number | null;
}

export interface FinancialPeriod {
  month: string;
  revenue: number;
  grossProfit: number;
  volume: number;
}

export interface Contact {
  id: string;
  name: string;
  nameZh: string | null;
  department: string;
  title: string;
  titleZh: string | null;
  rank: number;
  influence: number;
  buyingRole: string;
  attitude: string;
  relationshipStrength: number;
  ownerId: string | null;
  leftAt: string | null;
  isMainContact: boolean;
}

export interface Participant {
  side: string;
  userId: string | null;
  userName: string | null;
  contactId: string | null;
  contactName: string | null;
}

export interface Activity {
  id: string;
  kind: string;
  occurredAt: string;
  subject: string;
  notes: string | null;
  participants: Participant[];
}

export interface Competitor {
  id: string;
  name: string;
  nameZh: string | null;
  share: number | null;
  serviceLines: string[];
  notes: string | null;
}

export interface TeamMember {
  userId: string;
  name: string;
  nameZh: string | null;
  role: string;
  coLocated: boolean;
}

export interface AuditEvent {
  id: string;
  field: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** The rules and values behind a computed change of tier, tag or level. */
  reasons: Reason[] | null;
  settingsVersion: number | null;
  actorId: string | null;
  actorName: string | null;
  actorNameZh: string | null;
  at: string;
}
