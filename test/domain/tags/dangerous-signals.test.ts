import { describe, expect, it } from 'vitest';
import type { LevelAssessment } from '../../../src/domain/ladder/assessment.ts';
import { dangerousSignals } from '../../../src/domain/tags/dangerous-signals.ts';
import { tagSettingsSchema } from '../../../src/domain/tags/settings.ts';
import type { TagInput } from '../../../src/domain/tags/tag-input.ts';
import { daysAgo, quietAccount } from './build-tag-input.ts';

function signals(overrides: Partial<TagInput>, settings = tagSettingsSchema.parse({}).dangerous) {
  return dangerousSignals({ ...quietAccount(overrides), settings });
}
const firing = (overrides: Partial<TagInput>) => signals(overrides).value.signals;

// NOW is 2026-06-15: the last complete quarter is March–May, the one before December–February.
function revenue(previousEach: number, lastEach: number) {
  return [
    ...['2025-12', '2026-01', '2026-02'].map((month) => ({ month, revenue: previousEach })),
    ...['2026-03-01', '2026-04-01', '2026-05-01'].map((month) => ({ month, revenue: lastEach })),
  ];
}

describe('dangerousSignals', () => {
  it('a quiet account raises no signal and every signal is still shown', () => {
    const j = signals({});
    expect(j.value).toEqual({ dangerous: false, signals: [] });
    expect(j.reasons.map((r) => r.rule)).toEqual([
      'dangerous_revenue_drop',
      'dangerous_open_complaints',
      'dangerous_key_contact_left',
      'dangerous_competitor_activity',
      'dangerous_fewer_visits',
      'dangerous_payment_delay',
      'dangerous_level_dropped',
      'dangerous',
    ]);
  });

  it('revenue drop fires at 20 % quarter on quarter, not at 19.9 %', () => {
    expect(firing({ monthlyRevenue: revenue(1000, 800) })).toEqual(['revenue_drop']);
    expect(firing({ monthlyRevenue: revenue(1000, 799) })).toEqual(['revenue_drop']);
    expect(firing({ monthlyRevenue: revenue(1000, 801) })).toEqual([]);
    const r = signals({ monthlyRevenue: revenue(1000, 800) }).reasons[0];
    expect(r).toMatchObject({ met: true, input: 0.2, threshold: 0.2, params: { lastQuarter: 2400, previousQuarter: 3000 } });
  });

  it('revenue drop ignores the current, unfinished month', () => {
    const partial = [...revenue(1000, 1000), { month: '2026-06', revenue: 0 }];
    expect(firing({ monthlyRevenue: partial })).toEqual([]);
  });

  it('open complaints fire from one', () => {
    expect(firing({ openComplaints: 0 })).toEqual([]);
    expect(firing({ openComplaints: 1 })).toEqual(['open_complaints']);
    expect(firing({ openComplaints: 2 })).toEqual(['open_complaints']);
  });

  it('a key contact who left within 90 days fires; 91 days ago or a non-key contact does not', () => {
    const left = (days: number, key = true) => ({ contactsLeft: [{ name: 'Zhang Wei', key, leftAt: daysAgo(days) }] });
    expect(firing(left(89))).toEqual(['key_contact_left']);
    expect(firing(left(90))).toEqual(['key_contact_left']);
    expect(firing(left(91))).toEqual([]);
    expect(firing(left(10, false))).toEqual([]);
  });

  it('competitor activity within 90 days fires', () => {
    const seen = (days: number) => ({ competitorActivity: [{ at: daysAgo(days), competitor: 'SF' }] });
    expect(firing(seen(89))).toEqual(['competitor_activity']);
    expect(firing(seen(90))).toEqual(['competitor_activity']);
    expect(firing(seen(91))).toEqual([]);
    expect(signals(seen(5)).reasons[3]?.params).toEqual({ competitors: ['SF'] });
  });

  it('fewer visits fires when the last 90 days fell by half against the 90 before', () => {
    const visits = (before: number, recent: number) => ({
      visits: [
        ...Array.from({ length: before }, (_, i) => daysAgo(100 + i)),
        ...Array.from({ length: recent }, (_, i) => daysAgo(10 + i)),
      ],
    });
    expect(firing(visits(10, 5))).toEqual(['fewer_visits']);
    expect(firing(visits(10, 4))).toEqual(['fewer_visits']);
    expect(firing(visits(10, 6))).toEqual([]);
    expect(firing(visits(0, 0))).toEqual([]);
  });

  it('fewer visits counts a visit exactly 90 days ago in the earlier window only', () => {
    expect(firing({ visits: [daysAgo(90), daysAgo(95)] })).toEqual(['fewer_visits']);
    expect(firing({ visits: [daysAgo(89), daysAgo(95)] })).toEqual([]);
  });

  it('payment delay fires above 10 % overdue', () => {
    const pay = (overdueShare: number) => ({ payment: { overdueShare, collectionCycleDays: 60, previousCollectionCycleDays: 60 } });
    expect(firing(pay(0.09))).toEqual([]);
    expect(firing(pay(0.1))).toEqual([]);
    expect(firing(pay(0.11))).toEqual(['payment_delay']);
  });

  it('payment delay fires when the collection cycle worsens by 15 days', () => {
    const pay = (cycle: number) => ({ payment: { overdueShare: 0, collectionCycleDays: cycle, previousCollectionCycleDays: 60 } });
    expect(firing(pay(74))).toEqual([]);
    expect(firing(pay(75))).toEqual(['payment_delay']);
    expect(firing(pay(76))).toEqual(['payment_delay']);
    expect(firing({ payment: { overdueShare: 0, collectionCycleDays: 120, previousCollectionCycleDays: null } })).toEqual([]);
  });

  it('a level drop within 180 days fires', () => {
    const history = (days: number): LevelAssessment[] => [
      { level: 3, source: 'customer_confirmed', assessedAt: daysAgo(400) },
      { level: 4, source: 'customer_confirmed', assessedAt: daysAgo(days) },
    ];
    expect(firing({ levelHistory: history(179) })).toEqual(['level_dropped']);
    expect(firing({ levelHistory: history(180) })).toEqual(['level_dropped']);
    expect(firing({ levelHistory: history(181) })).toEqual([]);
  });

  it('a switched-off signal never fires but is still shown', () => {
    const settings = tagSettingsSchema.parse({ dangerous: { openComplaints: { enabled: false } } }).dangerous;
    const j = signals({ openComplaints: 5 }, settings);
    expect(j.value.signals).toEqual([]);
    expect(j.reasons[1]).toMatchObject({ rule: 'dangerous_open_complaints', met: false, key: 'reasons.dangerous_signal_disabled' });
  });

  it('follows the number of signals the company requires', () => {
    const settings = tagSettingsSchema.parse({ dangerous: { minSignals: 2 } }).dangerous;
    expect(signals({ openComplaints: 1 }, settings).value.dangerous).toBe(false);
    expect(signals({ openComplaints: 1, competitorActivity: [{ at: daysAgo(1) }] }, settings).value.dangerous).toBe(true);
  });
});
