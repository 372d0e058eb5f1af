import { type DealKind, LTC_STAGES, SALES_STAGES } from '../deals/stages.ts';
import { type Judgement, reason } from '../reason.ts';

export interface StageTally {
  kind: DealKind;
  stage: string;
  deals: number;
  /** Sum of the deals' values, CNY; deals without a value add nothing. */
  value: number;
}

export interface PipelineStage extends StageTally {
  /** Solution deals at this sales stage out of step with their customer's buying stage. */
  mismatches: number;
}

export interface Pipeline {
  stages: PipelineStage[];
  deals: number;
  value: number;
  mismatches: number;
}

/**
 * Open deals by stage, in the order of each track (LTC for standard products, our
 * sales stages for solutions), with the solution deals out of step at each stage.
 * Every stage is listed, empty ones too, so the pipeline reads the same shape each time.
 */
export function pipelineByStage(options: {
  tallies: readonly StageTally[];
  /** The sales stage of each solution deal found out of step with its customer. */
  mismatchedStages: readonly string[];
}): Judgement<Pipeline> {
  const order: { kind: DealKind; stages: readonly string[] }[] = [
    { kind: 'solution', stages: SALES_STAGES },
    { kind: 'standard', stages: LTC_STAGES },
  ];
  const stages: PipelineStage[] = order.flatMap(({ kind, stages: track }) =>
    track.map((stage) => {
      const rows = options.tallies.filter((t) => t.kind === kind && t.stage === stage);
      return {
        kind,
        stage,
        deals: rows.reduce((sum, r) => sum + r.deals, 0),
        value: rows.reduce((sum, r) => sum + r.value, 0),
        mismatches: kind === 'solution' ? options.mismatchedStages.filter((s) => s === stage).length : 0,
      };
    }),
  );
  const mismatches = options.mismatchedStages.length;
  const deals = stages.reduce((sum, s) => sum + s.deals, 0);
  return {
    value: { stages, deals, value: stages.reduce((sum, s) => sum + s.value, 0), mismatches },
    reasons: [reason('portfolio_stage_mismatches', mismatches === 0, { input: mismatches, threshold: 0 })],
  };
}
