import { type Judgement, type Reason, reason } from '../reason.ts';
import { type DealSettings, dealDefaults } from './settings.ts';
import type { ProofAssetKind } from './vocabulary.ts';

/** An item of the proof library (grading, insurance, peak report, reference, benchmark case…). */
export interface ProofAsset {
  id: string;
  kind: ProofAssetKind;
  /** Industries the proof speaks to; empty when it speaks to every customer. */
  industries: string[];
  serviceLines: string[];
}

export interface RankedProofAsset<T extends ProofAsset> {
  asset: T;
  score: number;
  reasons: Reason[];
}

/**
 * Ranks the proof library for a deal: proof from the customer's own industry and
 * covering the service lines on the table persuades most (seed 002: company A wanted
 * cases of large e-commerce shops and of large apparel brands). When `kinds` is given
 * only those kinds are offered, in that order of preference on equal scores.
 */
export function matchProofAssets<T extends ProofAsset>(options: {
  assets: T[];
  industry: string | null;
  serviceLines: string[];
  kinds?: ProofAssetKind[];
  weights?: DealSettings['proofMatching'];
}): Judgement<RankedProofAsset<T>[]> {
  const { assets, industry, serviceLines, kinds = [], weights = dealDefaults.proofMatching } = options;
  const wanted = new Set(serviceLines);
  const preference = (kind: ProofAssetKind) => (kinds.length === 0 ? 0 : kinds.indexOf(kind));

  const ranked = assets
    .filter((asset) => kinds.length === 0 || kinds.includes(asset.kind))
    .map((asset) => score(asset, industry, wanted, weights))
    .sort(
      (a, b) =>
        b.score - a.score ||
        preference(a.asset.kind) - preference(b.asset.kind) ||
        a.asset.id.localeCompare(b.asset.id),
    );

  return {
    value: ranked,
    reasons: [
      reason('proof_assets_matched', ranked.length > 0, {
        input: ranked.length,
        threshold: 1,
        params: { kinds, industry, serviceLines },
      }),
    ],
  };
}

function score<T extends ProofAsset>(
  asset: T,
  industry: string | null,
  wanted: Set<string>,
  weights: DealSettings['proofMatching'],
): RankedProofAsset<T> {
  const general = asset.industries.length === 0;
  const sameIndustry = industry !== null && asset.industries.includes(industry);
  const overlap = [...new Set(asset.serviceLines)].filter((line) => wanted.has(line));
  const industryScore = sameIndustry ? weights.industryWeight : general ? weights.generalAssetWeight : 0;

  return {
    asset,
    score: industryScore + overlap.length * weights.serviceLineWeight,
    reasons: [
      reason(general ? 'proof_general_asset' : 'proof_industry_match', general || sameIndustry, {
        input: asset.industries,
        threshold: industry,
        params: { assetId: asset.id },
      }),
      reason('proof_service_line_overlap', overlap.length > 0, {
        input: overlap,
        threshold: [...wanted],
        params: { assetId: asset.id, lines: overlap.join(', '), overlapCount: overlap.length },
      }),
    ],
  };
}
