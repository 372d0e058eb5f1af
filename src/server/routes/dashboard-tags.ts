import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { benchmarkTargetBoard } from '../../db/repositories/benchmark-targets.ts';
import { tagBoard } from '../../db/repositories/boards.ts';
import { tagJudgementsOf } from '../../db/repositories/dashboard.ts';
import type { Reason } from '../../domain/reason.ts';
import type { TagSettings } from '../../domain/tags/index.ts';

// The tag side of the dashboard, read through the tag boards themselves: dangerous
// accounts with their signals, nails with where the attack stands, and each rep's
// benchmark target (硬任务).

/** How many accounts a dashboard list shows; its total says how many there are. */
export const LIST_LIMIT = 20;
// Read more than is shown, so that the worst come first and the nails under attack are counted.
const BOARD_READ = 200;

type BoardItem = Awaited<ReturnType<typeof tagBoard>>['items'][number];

const accountOf = (item: BoardItem) => ({
  account: { id: item.account.id, name: item.account.name, nameZh: item.account.nameZh, tier: item.account.tier },
  owner: item.account.ownerName ? { name: item.account.ownerName, nameZh: item.account.ownerNameZh } : null,
});

/** The dangerous and nail boards in scope, each account with the reasons for its tag. */
export async function tagSections(db: Db, options: { scope: SQL | undefined; settings: TagSettings; now: Date }) {
  const board = (tag: 'dangerous' | 'nail') => tagBoard(db, { tag, ...options, limit: BOARD_READ });
  const [dangerousBoard, nailBoard] = await Promise.all([board('dangerous'), board('nail')]);
  const worstFirst = [...dangerousBoard.items].sort((a, b) => b.dangerous.signals.length - a.dangerous.signals.length).slice(0, LIST_LIMIT);
  const attackFirst = [...nailBoard.items]
    .sort(
      (a, b) =>
        Number(b.nail.decision === 'attack') - Number(a.nail.decision === 'attack') ||
        (b.nail.stalledDays ?? 0) - (a.nail.stalledDays ?? 0),
    )
    .slice(0, LIST_LIMIT);
  const stored = await tagJudgementsOf(
    db,
    [...worstFirst, ...attackFirst].map((i) => i.account.id),
  );
  // How the tag came to be in force: a manager's confirmation or override carries its note.
  const inForce = (id: string): Reason[] => stored.get(id)?.effective ?? [];
  const suggestedBy = (id: string, prefix: string): Reason[] =>
    (stored.get(id)?.suggested ?? []).filter((r) => r.rule.startsWith(prefix) && r.met);

  return {
    dangerous: {
      total: dangerousBoard.total,
      items: worstFirst.map((item) => ({
        ...accountOf(item),
        signals: item.dangerous.signals,
        reasons: [...item.dangerous.signalReasons, ...inForce(item.account.id)],
        visitDensity: {
          value: {
            perMonth: item.dangerous.visitDensity.value.perMonth,
            target: item.dangerous.visitDensity.value.target,
            meetsTarget: item.dangerous.visitDensity.value.meetsTarget,
          },
          reasons: item.dangerous.visitDensity.reasons,
        },
        hasDefencePlan: item.dangerous.plan !== null,
      })),
    },
    nails: {
      total: nailBoard.total,
      underAttack: nailBoard.items.filter((i) => i.nail.decision === 'attack').length,
      items: attackFirst.map((item) => ({
        ...accountOf(item),
        decision: item.nail.decision,
        stalledDays: item.nail.stalledDays,
        nextStep: item.nail.nextStep?.value ?? null,
        reasons: [
          ...suggestedBy(item.account.id, 'nail_'),
          ...inForce(item.account.id),
          ...(item.nail.value?.reasons ?? []),
          ...(item.nail.nextStep?.reasons ?? []),
        ],
      })),
    },
  };
}

/** Each rep in view with their benchmark target for the year against what they established. */
export async function benchmarkTargetSection(db: Db, options: { repScope: SQL | undefined; year: number; settings: TagSettings }) {
  const rows = await benchmarkTargetBoard(db, { year: options.year, repScope: options.repScope, settings: options.settings.benchmark });
  return rows.map(({ rep, progress }) => ({ rep, progress }));
}
