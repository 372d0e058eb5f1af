import type { Db } from '../../db/client.ts';
import { takePoolReview } from '../../db/repositories/pool-reviews.ts';
import { evaluatePortfolio } from '../../jobs/evaluate/index.ts';
import { ago, type StoryContext } from './story-kit.ts';

/** [daysAgo, note]: the quarterly reviews of the strategic pool, oldest first. */
const REVIEWS: [number, string][] = [
  [190, 'Half-year review with the regional sales directors / 与各区域销售总监的半年度评审'],
  [98, 'Quarterly review / 季度评审'],
];

/**
 * 战略客户池 reviewed every quarter: the portfolio judged as of each review day and
 * kept as a dated snapshot, so who entered and who left the pool shows, and the
 * history of tier, tag and level starts before today. Then judged as of now, so the
 * demo reads right even before the server re-judges it.
 */
export async function loadPoolReviews(ctx: StoryContext): Promise<void> {
  const cco = ctx.people.user('cco').id;
  for (const [days, note] of REVIEWS) {
    const at = ago(ctx, days);
    await evaluatePortfolio({ db: ctx.tx, now: at });
    // Inside the demo's own transaction: the review's nests as a savepoint.
    await takePoolReview(ctx.tx as unknown as Db, { now: at, note, actorId: cco });
  }
  await evaluatePortfolio({ db: ctx.tx, now: ctx.now });
}
