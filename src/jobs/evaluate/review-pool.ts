import type { Db } from '../../db/client.ts';
import { takePoolReview } from '../../db/repositories/pool-reviews.ts';
import { evaluatePortfolio } from './evaluate-portfolio.ts';

/**
 * The periodic strategic pool review (战略客户池): re-judge the whole portfolio under
 * the settings in force, so the snapshot says what the rules say today, then keep
 * the dated snapshot.
 */
export async function reviewPool(options: {
  db: Db;
  now: Date;
  note?: string | null;
  actorId: string | null;
  onProgress?: (done: number, total: number) => void;
}) {
  const evaluation = await evaluatePortfolio({
    db: options.db,
    now: options.now,
    actorId: options.actorId,
    onProgress: options.onProgress,
  });
  const review = await takePoolReview(options.db, { now: options.now, note: options.note, actorId: options.actorId });
  return { review, evaluation };
}
