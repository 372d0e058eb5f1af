import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferBuyingStage, type ObservedSignal } from '../../../src/domain/deals/infer-buying-stage.ts';
import { type BuyingSignal, dealDefaults } from '../../../src/domain/deals/settings.ts';
import { BUYING_STAGES, type BuyingStage, buyingStageIndex } from '../../../src/domain/deals/stages.ts';

const rank = (stage: BuyingStage | null) => (stage === null ? -1 : buyingStageIndex(stage));
const BASE = Date.UTC(2025, 0, 1);
const at = (minutes: number) => new Date(BASE + minutes * 60_000);

const stageArb = fc.constantFrom(...BUYING_STAGES);
const catalogueArb: fc.Arbitrary<BuyingSignal[]> = fc
  .array(fc.record({ stage: stageArb, weight: fc.double({ min: 0.1, max: 5, noNaN: true }) }), {
    minLength: 1,
    maxLength: 15,
  })
  .map((entries) => entries.map((e, i) => ({ id: `s${i}`, ...e, name_en: `s${i}`, name_zh: `s${i}` })));
const rulesArb = fc.record({
  evidenceThreshold: fc.double({ min: 0.1, max: 6, noNaN: true }),
  confidenceHalfWeight: fc.double({ min: 0.1, max: 6, noNaN: true }),
});
const observationArb = (catalogue: BuyingSignal[]): fc.Arbitrary<ObservedSignal> =>
  fc.record({
    // An id outside the catalogue now and then: unknown signals must never matter.
    signalId: fc.oneof(fc.constantFrom(...catalogue.map((s) => s.id)), fc.constant('unknown')),
    observedAt: fc.integer({ min: 0, max: 100_000 }).map(at),
    retracted: fc.boolean(),
  });
/** A company's catalogue, its rules, and a deal's signal log. */
const scenarioArb = fc
  .tuple(catalogueArb, rulesArb)
  .chain(([catalogue, rules]) =>
    fc.record({
      catalogue: fc.constant(catalogue),
      rules: fc.constant(rules),
      signals: fc.array(observationArb(catalogue), { maxLength: 25 }),
    }),
  );

describe('inferBuyingStage invariants', () => {
  it('reaches each stage from its own signals alone (default catalogue)', () => {
    fc.assert(
      fc.property(stageArb, fc.integer({ min: 0, max: 1000 }), (stage, seed) => {
        const own = dealDefaults.signals.filter((s) => s.stage === stage);
        const picked = own.filter((_, i) => i === seed % own.length || (seed >> (i + 4)) % 2 === 1);
        const signals = picked.map((s, i) => ({ signalId: s.id, observedAt: at(seed + i) }));
        expect(inferBuyingStage({ signals, catalogue: dealDefaults.signals }).value).toBe(stage);
      }),
    );
  });

  it('reaches each stage from its own signals whenever they weigh enough (any catalogue)', () => {
    fc.assert(
      fc.property(catalogueArb, rulesArb, stageArb, (catalogue, rules, stage) => {
        const own = catalogue.filter((s) => s.stage === stage);
        const weight = own.reduce((sum, s) => sum + s.weight, 0);
        const signals = own.map((s, i) => ({ signalId: s.id, observedAt: at(i) }));
        const result = inferBuyingStage({ signals, catalogue, rules });
        expect(result.value).toBe(own.length > 0 && weight >= rules.evidenceThreshold ? stage : null);
      }),
    );
  });

  it('keeps confidence within 0..1, and 0 exactly when no stage is inferred', () => {
    fc.assert(
      fc.property(scenarioArb, ({ catalogue, rules, signals }) => {
        const { value, confidence } = inferBuyingStage({ signals, catalogue, rules });
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
        expect(confidence === 0).toBe(value === null);
      }),
    );
  });

  it('never moves backwards when a signal is added', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => fc.record({ scenario: fc.constant(s), extra: observationArb(s.catalogue) })),
        ({ scenario: { catalogue, rules, signals }, extra }) => {
          const before = inferBuyingStage({ signals, catalogue, rules }).value;
          const after = inferBuyingStage({ signals: [...signals, { ...extra, retracted: false }], catalogue, rules }).value;
          expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
        },
      ),
    );
  });

  it('never moves forwards when a signal is retracted', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ catalogue, rules, signals }, pick) => {
        fc.pre(signals.length > 0);
        const index = pick % signals.length;
        const retracted = signals.map((s, i) => (i === index ? { ...s, retracted: true } : s));
        const before = inferBuyingStage({ signals, catalogue, rules }).value;
        const after = inferBuyingStage({ signals: retracted, catalogue, rules }).value;
        expect(rank(after)).toBeLessThanOrEqual(rank(before));
      }),
    );
  });

  it('lets timing change the confidence but never the stage', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.integer({ min: 0, max: 100_000 })), ({ catalogue, rules, signals }, times) => {
        const shifted = signals.map((s, i) => ({ ...s, observedAt: at(times[i] ?? 0) }));
        expect(inferBuyingStage({ signals: shifted, catalogue, rules }).value).toBe(
          inferBuyingStage({ signals, catalogue, rules }).value,
        );
      }),
    );
  });

  it('loses confidence, not the stage, when an earlier-stage signal arrives last', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0.1, max: 5, noNaN: true }), fc.nat(), (scenario, weight, pick) => {
        const before = inferBuyingStage(scenario);
        fc.pre(before.value !== null && before.value !== 'problem_discovery');
        const stage = BUYING_STAGES[pick % rank(before.value)] as BuyingStage;
        const late: BuyingSignal = { id: 'late', stage, weight, name_en: 'late', name_zh: 'late' };
        const after = inferBuyingStage({
          ...scenario,
          catalogue: [...scenario.catalogue, late],
          signals: [...scenario.signals, { signalId: 'late', observedAt: at(200_000) }],
        });
        expect(after.value).toBe(before.value);
        expect(after.confidence).toBeLessThan(before.confidence);
      }),
    );
  });

  it('gains confidence when more evidence for the inferred stage arrives', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0.1, max: 5, noNaN: true }), (scenario, weight) => {
        const before = inferBuyingStage(scenario);
        fc.pre(before.value !== null);
        const more: BuyingSignal = { id: 'more', stage: before.value, weight, name_en: 'more', name_zh: 'more' };
        const after = inferBuyingStage({
          ...scenario,
          catalogue: [...scenario.catalogue, more],
          signals: [...scenario.signals, { signalId: 'more', observedAt: at(200_000) }],
        });
        expect(after.value).toBe(before.value);
        expect(after.confidence).toBeGreaterThan(before.confidence);
      }),
    );
  });
});
