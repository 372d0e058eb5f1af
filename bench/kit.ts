import { cpus, loadavg } from 'node:os';

/**
 * One measured quantity: the median and 95th percentile of its runs in wall-clock time
 * and, where it can be taken, in CPU time (this process's, or the page's main thread).
 * CPU time is what the work itself costs; wall time also counts waiting for a busy
 * machine, so the budget is held against CPU time when there is one.
 */
export interface Measurement {
  metric: string;
  unit: 'ms';
  median: number;
  p95: number;
  cpuMedian?: number;
  cpuP95?: number;
  runs: number;
  /** Above this the measurement fails the run: the experience would no longer feel smooth. */
  budget?: number;
  note?: string;
}

/** What a bench file exports by default: it sets up what it needs, measures, and tidies up. */
export type Bench = () => Promise<Measurement[]>;

export interface BenchReport {
  name: string;
  ranAt: string;
  /** `load` is the 1-minute load average when the run started: a busy machine reads slower. */
  machine: { node: string; platform: string; cpu: string; cpus: number; load: number };
  measurements: Measurement[];
}

const round = (n: number) => Math.round(n * 100) / 100;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** Summarise timings taken elsewhere (e.g. in a browser); `cpu` are the same runs' CPU times. */
export function summarise(
  metric: string,
  timings: readonly number[],
  extra: Pick<Measurement, 'budget' | 'note'> & { cpu?: readonly number[] } = {},
): Measurement {
  const { cpu, ...rest } = extra;
  const sorted = [...timings].sort((a, b) => a - b);
  const cpuSorted = cpu ? [...cpu].sort((a, b) => a - b) : null;
  return {
    metric,
    unit: 'ms',
    median: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    ...(cpuSorted ? { cpuMedian: round(percentile(cpuSorted, 50)), cpuP95: round(percentile(cpuSorted, 95)) } : {}),
    runs: sorted.length,
    ...rest,
  };
}

/** The value a budget is held against: CPU time when measured, wall time otherwise. */
export const judged = (m: Measurement) => m.cpuMedian ?? m.median;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Time `run` `runs` times after `warmup` unmeasured runs (the JIT and caches settle first). */
export async function measure(
  metric: string,
  run: () => unknown | Promise<unknown>,
  options: { runs?: number; warmup?: number } & Pick<Measurement, 'budget' | 'note'> = {},
): Promise<Measurement> {
  const { runs = 30, warmup = 3, ...extra } = options;
  for (let i = 0; i < warmup; i++) await run();
  const timings: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = cpuMs();
    await run();
    cpu.push(cpuMs() - startCpu);
    timings.push(performance.now() - start);
  }
  return summarise(metric, timings, { ...extra, cpu });
}

export function machine(): BenchReport['machine'] {
  const list = cpus();
  return { node: process.version, platform: `${process.platform}-${process.arch}`, cpu: list[0]?.model ?? 'unknown', cpus: list.length, load: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
}
