import { type Judgement, reason } from '../reason.ts';
import { type LadderSettings, defaultLadderSettings } from './settings.ts';

/** 单点 (one product, one person) versus 多点 (many products, many levels). */
export const CONTACT_MODES = ['none', 'single_point', 'multi_point'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

export interface LadderContact {
  id?: string;
  department?: string | null;
  /** Rank in the customer's hierarchy: 1 is the top. */
  rank: number;
  /** A contact who left the customer no longer counts as a contact point. */
  leftAt?: Date | null;
}

export interface LadderIndicators {
  serviceLines: number;
  contactPoints: number;
  levelsCovered: number;
  departmentsCovered: number;
  contactMode: ContactMode;
  jointOffice: boolean;
  shareOfWallet: number | null;
}

/** The indicators shown beside the level: how wide and how deep the relationship runs. */
export function ladderIndicators(options: {
  serviceLines: readonly string[];
  contacts: readonly LadderContact[];
  jointOffice: boolean;
  shareOfWallet: number | null;
  settings?: LadderSettings;
}): Judgement<LadderIndicators> {
  const settings = options.settings ?? defaultLadderSettings;
  const active = options.contacts.filter((c) => !c.leftAt);
  const serviceLines = new Set(options.serviceLines).size;
  const contactPoints = active.length;
  const levelsCovered = new Set(active.map((c) => c.rank)).size;
  const departmentsCovered = new Set(active.map((c) => c.department).filter((d): d is string => !!d)).size;
  const multi = contactPoints >= settings.multiPointMinContacts && levelsCovered >= settings.multiPointMinLevels;
  const contactMode: ContactMode = contactPoints === 0 ? 'none' : multi ? 'multi_point' : 'single_point';
  const share = options.shareOfWallet;

  return {
    value: {
      serviceLines,
      contactPoints,
      levelsCovered,
      departmentsCovered,
      contactMode,
      jointOffice: options.jointOffice,
      shareOfWallet: share,
    },
    reasons: [
      reason('ladder_service_lines', serviceLines >= settings.multiProductMinServiceLines, {
        input: serviceLines,
        threshold: settings.multiProductMinServiceLines,
      }),
      reason('ladder_contact_points', contactPoints >= settings.multiPointMinContacts, {
        input: contactPoints,
        threshold: settings.multiPointMinContacts,
      }),
      reason('ladder_levels_covered', levelsCovered >= settings.multiPointMinLevels, {
        input: levelsCovered,
        threshold: settings.multiPointMinLevels,
        params: { departments: departmentsCovered },
      }),
      reason('ladder_joint_office', options.jointOffice, { input: options.jointOffice }),
      reason('ladder_share_of_wallet', share !== null && share >= settings.partnershipMinShareOfWallet, {
        input: share,
        threshold: settings.partnershipMinShareOfWallet,
      }),
    ],
  };
}
