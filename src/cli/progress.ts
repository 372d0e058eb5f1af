import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on stderr (stdout may carry an export); silent when stderr is not a terminal. */
export interface Progress {
  /** Show `value` of `total`, with a label for the current step. */
  update(step: string, value: number, total: number): void;
  stop(): void;
}

export function progressBar(): Progress {
  const bar = new SingleBar(
    { format: '{step} [{bar}] {percentage}% | {detail}', stream: process.stderr, hideCursor: true, clearOnComplete: false, fps: 5 },
    Presets.shades_classic,
  );
  let started = false;
  let lastStep = '';
  return {
    update(step, value, total) {
      const payload = { step: step.padEnd(9), detail: `${value.toLocaleString('en')} / ${total.toLocaleString('en')}` };
      if (!started) {
        bar.start(Math.max(total, 1), value, payload);
        started = true;
      } else {
        if (step !== lastStep) bar.setTotal(Math.max(total, 1));
        bar.update(value, payload);
      }
      lastStep = step;
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
