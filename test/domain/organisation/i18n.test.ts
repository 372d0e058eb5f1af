import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOW_SECTIONS } from '../../../src/domain/organisation/account-plan.ts';
import { COMMITMENT_STATUSES } from '../../../src/domain/organisation/commitments.ts';
import { ROOT_CAUSES } from '../../../src/domain/organisation/escalation.ts';
import { SEVEN_ELEMENTS } from '../../../src/domain/organisation/seven-elements.ts';
import { SUPPORT_REQUEST_STATUSES } from '../../../src/domain/organisation/support-requests.ts';
import { UNPLANNED_VISIT_ISSUES } from '../../../src/domain/organisation/unplanned-visit.ts';
import { CADENCE_PERIODS, SUPPORT_DEPARTMENTS, TOOLKIT_KINDS } from '../../../src/domain/organisation/vocabulary.ts';
import en from '../../../src/web/i18n/organisation.en.json';
import zh from '../../../src/web/i18n/organisation.zh-CN.json';

const sourceDir = new URL('../../../src/domain/organisation/', import.meta.url);

// Every rule named in the source, including the seven-elements measures that become `seven_elements_<measure>`.
function rulesInSource(): string[] {
  const rules = new Set<string>();
  for (const file of readdirSync(sourceDir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(new URL(file, sourceDir), 'utf8');
    for (const m of text.matchAll(/reason\(\s*'([a-z_]+)'/g)) if (m[1]) rules.add(m[1]);
    for (const m of text.matchAll(/measure\(\s*'([a-z_]+)'/g)) if (m[1]) rules.add(`seven_elements_${m[1]}`);
  }
  return [...rules].sort();
}

const vocabularies: Record<string, readonly string[]> = {
  cadencePeriods: CADENCE_PERIODS,
  departments: SUPPORT_DEPARTMENTS,
  supportRequestStatuses: SUPPORT_REQUEST_STATUSES,
  commitmentStatuses: COMMITMENT_STATUSES,
  rootCauses: ROOT_CAUSES,
  unplannedVisitIssues: UNPLANNED_VISIT_ISSUES,
  knowSections: KNOW_SECTIONS,
  sevenElements: SEVEN_ELEMENTS,
  toolkitKinds: TOOLKIT_KINDS,
};

describe('organisation texts', () => {
  it('finds the rules in the source (the scan itself works)', () => {
    expect(rulesInSource()).toContain('visit_notice_days');
    expect(rulesInSource()).toContain('seven_elements_goals_met');
  });

  for (const [locale, messages] of [
    ['en', en],
    ['zh-CN', zh],
  ] as const) {
    it(`has a ${locale} text for every reason`, () => {
      const reasons = messages.reasons as Record<string, string>;
      const missing = rulesInSource().filter((rule) => !reasons[rule]?.trim());
      expect(missing).toEqual([]);
    });

    it(`has a ${locale} text for every value of every vocabulary`, () => {
      const groups = messages.organisation as Record<string, Record<string, string>>;
      for (const [name, values] of Object.entries(vocabularies)) {
        const missing = values.filter((v) => !groups[name]?.[v]?.trim());
        expect({ name, missing }).toEqual({ name, missing: [] });
      }
    });
  }

  it('says the four pats and the seven elements in the method’s own Chinese words', () => {
    expect(zh.organisation.guardRails).toEqual({
      unplanned_visit: '拍脑门',
      over_promising: '拍胸脯',
      blaming_sales: '拍桌子',
      hands_off: '拍屁股',
    });
    expect(SEVEN_ELEMENTS.map((e) => zh.organisation.sevenElements[e]).join('、')).toBe(
      '目标、组织、机制、流程、工具、标杆、复制',
    );
    expect(KNOW_SECTIONS.map((s) => zh.organisation.knowSections[s]).join('、')).toBe('懂自己、懂客户、懂行业、懂竞对');
  });
});
