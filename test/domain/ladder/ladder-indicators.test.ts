import { describe, expect, it } from 'vitest';
import { ladderIndicators } from '../../../src/domain/ladder/ladder-indicators.ts';
import { ladderSettingsSchema } from '../../../src/domain/ladder/settings.ts';

const base = { serviceLines: ['warehousing'], contacts: [], jointOffice: false, shareOfWallet: null };

describe('ladderIndicators', () => {
  it('counts distinct service lines', () => {
    const j = ladderIndicators({ ...base, serviceLines: ['warehousing', 'linehaul', 'warehousing'] });
    expect(j.value.serviceLines).toBe(2);
    expect(j.reasons[0]).toMatchObject({ rule: 'ladder_service_lines', met: true, input: 2, threshold: 2 });
    expect(ladderIndicators(base).reasons[0]?.met).toBe(false);
  });

  it('is single-point with one contact, and with many contacts at one rank', () => {
    expect(ladderIndicators({ ...base, contacts: [{ rank: 3 }] }).value.contactMode).toBe('single_point');
    expect(ladderIndicators({ ...base, contacts: [{ rank: 3 }, { rank: 3 }, { rank: 3 }] }).value).toMatchObject({
      contactMode: 'single_point',
      contactPoints: 3,
      levelsCovered: 1,
    });
  });

  it('is multi-point from two contacts at two ranks', () => {
    const j = ladderIndicators({ ...base, contacts: [{ rank: 1, department: 'logistics' }, { rank: 3, department: 'finance' }] });
    expect(j.value).toMatchObject({ contactMode: 'multi_point', contactPoints: 2, levelsCovered: 2, departmentsCovered: 2 });
  });

  it('does not count contacts who left', () => {
    const j = ladderIndicators({ ...base, contacts: [{ rank: 1, leftAt: new Date('2026-01-01') }, { rank: 3 }] });
    expect(j.value).toMatchObject({ contactMode: 'single_point', contactPoints: 1 });
    expect(ladderIndicators(base).value.contactMode).toBe('none');
  });

  it('follows the company definition of multi-point', () => {
    const settings = ladderSettingsSchema.parse({ multiPointMinContacts: 3 });
    const contacts = [{ rank: 1 }, { rank: 2 }];
    expect(ladderIndicators({ ...base, contacts, settings }).value.contactMode).toBe('single_point');
    expect(ladderIndicators({ ...base, contacts: [...contacts, { rank: 2 }], settings }).value.contactMode).toBe('multi_point');
  });

  it('shows joint office and share of wallet against the partnership bar', () => {
    const j = ladderIndicators({ ...base, jointOffice: true, shareOfWallet: 0.5 });
    expect(j.value).toMatchObject({ jointOffice: true, shareOfWallet: 0.5 });
    expect(j.reasons[3]).toMatchObject({ rule: 'ladder_joint_office', met: true });
    expect(j.reasons[4]).toMatchObject({ rule: 'ladder_share_of_wallet', met: true, threshold: 0.5 });
    expect(ladderIndicators({ ...base, shareOfWallet: 0.49 }).reasons[4]?.met).toBe(false);
    expect(ladderIndicators({ ...base, shareOfWallet: 0.51 }).reasons[4]?.met).toBe(true);
  });
});
