import { type Judgement, reason } from '../reason.ts';
import { LTC_STAGES, type LtcStage } from './stages.ts';

/** The LTC stage that follows, or null once the deal is closed. */
export function nextLtcStage(stage: LtcStage): LtcStage | null {
  return LTC_STAGES[LTC_STAGES.indexOf(stage) + 1] ?? null;
}

/**
 * Whether a standard-product deal may move from one LTC stage to another: one step
 * forward at a time, so that no contract goes unexecuted and no cash uncollected;
 * a lead or opportunity that dies may be closed early when the company allows it.
 */
export function checkLtcTransition(options: {
  from: LtcStage;
  to: LtcStage;
  allowEarlyClose?: boolean;
}): Judgement<boolean> {
  const { from, to, allowEarlyClose = true } = options;
  const step = LTC_STAGES.indexOf(to) - LTC_STAGES.indexOf(from);
  const details = { input: to, threshold: nextLtcStage(from), params: { from, to } };

  if (from === 'closed') return { value: false, reasons: [reason('ltc_already_closed', false, details)] };
  if (step === 1) return { value: true, reasons: [reason('ltc_next_stage', true, details)] };
  if (to === 'closed') {
    return {
      value: allowEarlyClose,
      reasons: [reason('ltc_early_close', allowEarlyClose, { ...details, params: { from, to, allowEarlyClose } })],
    };
  }
  if (step <= 0) return { value: false, reasons: [reason('ltc_not_forward', false, details)] };
  return { value: false, reasons: [reason('ltc_stage_skipped', false, details)] };
}
