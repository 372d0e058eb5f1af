import type { ServiceLine } from '../../domain/catalog.ts';
import { LTC_STAGES } from '../../domain/deals/stages.ts';
import { makeAccountScore } from '../factories/index.ts';
import { createRandom, type Random } from '../random.ts';
import { INDUSTRY_LINES } from './account-catalog.ts';
import { ORDINARY_CONTACTS, personName } from './names.ts';
import { type ActivitySpec, activity, ago, type ContactSpec, deal, levels, powerMap, type StoryContext } from './story-kit.ts';

const SUBJECTS: Record<ActivitySpec['kind'], readonly string[]> = {
  visit: [
    'Quarterly business review / 季度业务回顾',
    'Warehouse walk-through / 仓库现场走访',
    'Service review / 服务回顾',
    'Relationship visit / 客情拜访',
  ],
  call: ['Volume forecast / 货量预测沟通', 'Delivery issue follow-up / 配送问题跟进', 'Rate review / 价格复核'],
  meeting: ['Annual negotiation / 年度商务谈判', 'Operations KPI review / 运营KPI复盘'],
  email: ['Monthly service report sent / 发送月度服务报告', 'Holiday shipping schedule / 节假日发运安排'],
};

// A deal is named by what it sells; the board shows the account beside it.
const LINE_NAMES: Record<ServiceLine, [string, string]> = {
  express: ['Express', '快递'],
  linehaul: ['Linehaul', '干线运输'],
  ltl: ['LTL freight', '零担'],
  warehousing: ['Warehousing', '仓储'],
  last_mile: ['Last-mile delivery', '末端配送'],
  b2c_fulfilment: ['B2C fulfilment', '电商履约'],
  cold_chain: ['Cold-chain', '冷链'],
  customs: ['Customs brokerage', '报关'],
  contract_logistics: ['In-plant logistics', '厂内物流'],
};

/** Contacts, a year of activities, scores, levels and a few standard deals for the accounts without a story. */
export async function loadOrdinaryAccounts(ctx: StoryContext, storyKeys: ReadonlySet<string>): Promise<void> {
  for (const [key, { spec, ownerKey }] of Object.entries(ctx.accounts)) {
    if (storyKeys.has(key)) continue;
    // One stream per account: giving another account a story leaves the rest as they were.
    const random = createRandom(`abreast-demo:${key}`);
    const status = spec.status ?? 'active';
    const people = ORDINARY_CONTACTS.slice(0, random.int(1, 3)).map(
      (c, i): ContactSpec => ({
        key: `c${i}`,
        ...personName(random),
        department: c.department,
        title: c.title,
        titleZh: c.titleZh,
        rank: c.rank,
        influence: c.influence,
        role: c.buyingRole,
        attitude: random.pick(['supporter', 'neutral', 'neutral'] as const),
        strength: random.int(1, 4),
        main: i === 0,
      }),
    );
    const contacts = Object.values(await powerMap(ctx, key, { contacts: people }));

    for (const [d, kind] of activityDays(random, status)) {
      const ours = random.chance(0.15) ? [ownerKey, `manager.${managerRegion(ownerKey)}`] : [ownerKey];
      await activity(ctx, key, { daysAgo: d, kind, subject: random.pick(SUBJECTS[kind]), ours, theirs: [random.pick(contacts)] });
    }

    if (status === 'active' && random.chance(0.4)) {
      const { row } = ctx.accounts[key] ?? {};
      if (row) {
        await makeAccountScore(ctx.tx, {
          accountId: row.id,
          influence: random.int(2, 5),
          satisfaction: random.int(2, 5),
          // Benchmarks come from the stories: here cooperation, the rarest of the three, stays ordinary.
          cooperation: random.int(2, 3),
          scoredBy: ctx.people.user(`manager.${managerRegion(ownerKey)}`).id,
          scoredAt: ago(ctx, random.int(20, 200)),
        });
      }
    }
    if (status === 'active' && random.chance(0.8)) {
      const standard = 'Standard product, bought on price / 标准产品，比价采购';
      const added = 'Standard product with tracking and COD / 标准产品加轨迹、代收货款';
      if (random.chance(0.6)) {
        await levels(ctx, key, [[random.int(60, 500), 5, 'customer_confirmed', standard]]);
      } else {
        // Some climbed a rung lately: the portfolio's level moves have something to show.
        const moved = random.int(5, 120);
        await levels(ctx, key, [
          [moved + random.int(150, 400), 5, 'customer_confirmed', standard],
          [moved, 4, 'customer_confirmed', added],
        ]);
      }
    }
    if ((status === 'active' && random.chance(0.3)) || status === 'prospect') {
      const stage = status === 'prospect' ? 'lead' : random.pick(LTC_STAGES.slice(1, 5));
      const line = INDUSTRY_LINES[spec.industry][0] ?? 'linehaul';
      const changed = random.int(5, 90);
      await deal(ctx, key, {
        name: `${LINE_NAMES[line][0]} contract`,
        nameZh: `${LINE_NAMES[line][1]}合同`,
        kind: 'standard',
        stage,
        value: Math.round(spec.wallet * random.float(0.02, 0.08)),
        serviceLines: [line],
        stageChangedDaysAgo: changed,
        closeInDays: stage === 'lead' || stage === 'opportunity' ? random.int(30, 180) : undefined,
        createdDaysAgo: changed + random.int(10, 120),
        team: [[ownerKey, 'sales']],
      });
    }
  }
}

/**
 * When the rep was in touch over the last year, oldest first. An active account gets
 * a steady rhythm of visits (so the fewer-visits signal stays for the accounts whose
 * story it is), with calls and emails in between; business that stopped leaves
 * older activities only; prospects have just begun.
 */
function activityDays(random: Random, status: string): [number, ActivitySpec['kind']][] {
  const out: [number, ActivitySpec['kind']][] = [];
  if (status === 'active') {
    const interval = random.int(21, 50);
    for (let d = random.int(1, interval); d <= 360; d += interval) out.push([d, random.chance(0.75) ? 'visit' : 'meeting']);
    for (let i = random.int(0, 4); i > 0; i--) out.push([random.int(2, 360), random.chance(0.6) ? 'call' : 'email']);
  } else if (status !== 'archived') {
    const [from, to] = status === 'prospect' ? [3, 90] : status === 'lost' ? [220, 365] : [150, 365];
    for (let i = random.int(1, 3); i > 0; i--) out.push([random.int(from, to), random.pick(['visit', 'call', 'email'] as const)]);
  }
  return out.sort((x, y) => y[0] - x[0]);
}

/** The region code in a rep's key (`rep.east1` → `east`). */
function managerRegion(userKey: string): string {
  return userKey.replace(/^rep\./, '').replace(/\d+$/, '');
}
