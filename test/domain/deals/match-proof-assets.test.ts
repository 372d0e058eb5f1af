import { describe, expect, it } from 'vitest';
import { matchProofAssets, type ProofAsset } from '../../../src/domain/deals/match-proof-assets.ts';

// Logistics company B's library, as it prepared for apparel company A.
const library: ProofAsset[] = [
  { id: 'grading', kind: 'warehouse_grading', industries: [], serviceLines: ['warehousing'] },
  { id: 'insurance', kind: 'insurance', industries: [], serviceLines: [] },
  { id: 'peak-618', kind: 'peak_report', industries: ['ecommerce'], serviceLines: ['warehousing', 'last_mile'] },
  { id: 'ref-shoes', kind: 'reference', industries: ['apparel'], serviceLines: ['warehousing', 'last_mile'] },
  { id: 'ref-chem', kind: 'reference', industries: ['chemicals'], serviceLines: ['linehaul'] },
  { id: 'case-apparel', kind: 'benchmark_case', industries: ['apparel'], serviceLines: ['warehousing'] },
];
const deal = { industry: 'apparel', serviceLines: ['warehousing', 'last_mile'] };

describe('matchProofAssets', () => {
  it('ranks same-industry proof covering the deal’s service lines first', () => {
    const result = matchProofAssets({ assets: library, ...deal });
    expect(result.value.map((r) => [r.asset.id, r.score])).toEqual([
      ['ref-shoes', 4],
      ['case-apparel', 3],
      ['grading', 2],
      ['peak-618', 2],
      ['insurance', 1],
      ['ref-chem', 0],
    ]);
    expect(result.reasons[0]).toMatchObject({ rule: 'proof_assets_matched', met: true, input: 6 });
  });

  it('explains each score', () => {
    const [top] = matchProofAssets({ assets: library, ...deal }).value;
    expect(top?.reasons).toEqual([
      expect.objectContaining({ rule: 'proof_industry_match', met: true, threshold: 'apparel' }),
      expect.objectContaining({ rule: 'proof_service_line_overlap', met: true, input: ['warehousing', 'last_mile'] }),
    ]);
    const general = matchProofAssets({ assets: library, ...deal }).value.find((r) => r.asset.id === 'insurance');
    expect(general?.reasons[0]).toMatchObject({ rule: 'proof_general_asset', met: true });
  });

  it('offers only the kinds asked for, preferring them in the order given on equal scores', () => {
    const result = matchProofAssets({ assets: library, ...deal, kinds: ['peak_report', 'warehouse_grading', 'insurance'] });
    expect(result.value.map((r) => r.asset.id)).toEqual(['peak-618', 'grading', 'insurance']);
  });

  it('says when the library has nothing of the kinds asked for', () => {
    const result = matchProofAssets({ assets: library, ...deal, kinds: ['certificate'] });
    expect(result.value).toEqual([]);
    expect(result.reasons[0]).toMatchObject({ met: false, input: 0 });
  });

  it('gives no industry credit when the deal’s industry is unknown, except to general proof', () => {
    const result = matchProofAssets({ assets: library, industry: null, serviceLines: [] });
    expect(result.value.filter((r) => r.score > 0).map((r) => r.asset.id)).toEqual(['grading', 'insurance']);
  });

  it('follows the company weights', () => {
    const weights = { industryWeight: 10, generalAssetWeight: 0, serviceLineWeight: 1 };
    const result = matchProofAssets({ assets: library, ...deal, weights });
    expect(result.value.slice(0, 2).map((r) => [r.asset.id, r.score])).toEqual([
      ['ref-shoes', 12],
      ['case-apparel', 11],
    ]);
  });
});
