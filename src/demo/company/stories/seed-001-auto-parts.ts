import { makeAccountScore, makeAttestation } from '../../factories/index.ts';
import { type ActivitySpec, account, activity, ago, deal, levels, powerMap, type StoryContext, team } from '../story-kit.ts';

/**
 * Seed 001: the procurement VP says our terms are fine but the incumbent was founded
 * by the group's retired vice-president; the head of administration introduces us to
 * the procurement chief, whose rule is two to three suppliers per category; a year
 * after first contact we qualify, and the incumbent itself proposes to work with us.
 */
export async function autoPartsStory(ctx: StoryContext): Promise<void> {
  const key = 'jianghan';
  const rep = 'rep.west1';
  const p = await powerMap(ctx, key, {
    contacts: [
      {
        key: 'president',
        name: 'Tan Guoqiang',
        nameZh: '谭国强',
        department: 'general_management',
        title: 'President',
        titleZh: '总裁',
        rank: 1,
        influence: 4,
        role: 'decision_maker',
        attitude: 'neutral',
        strength: 1,
      },
      {
        key: 'vpStrategy',
        name: 'Qian Wenbo',
        nameZh: '钱文博',
        department: 'general_management',
        title: 'Group Vice President, Strategy',
        titleZh: '集团副总裁（战略）',
        rank: 1,
        influence: 1,
        role: 'user',
        attitude: 'neutral',
        strength: 2,
        notes: 'Big title, no say in carrier choices (徒有虚名). / 头衔很大，对承运商选择几乎没有话语权。',
      },
      {
        key: 'cpo',
        name: 'Fang Zhiyuan',
        nameZh: '方志远',
        department: 'procurement',
        title: 'Chief Procurement Officer',
        titleZh: '采购总经理',
        rank: 2,
        influence: 5,
        role: 'decision_maker',
        attitude: 'supporter',
        strength: 3,
        notes: 'Competitive sourcing: every category split across two or three suppliers. / 坚持竞争性采购：每类业务分给2~3家供应商。',
      },
      {
        key: 'vpProcurement',
        name: 'Du Wei',
        nameZh: '杜伟',
        department: 'procurement',
        title: 'Vice President, Procurement',
        titleZh: '采购副总',
        rank: 2,
        influence: 3,
        role: 'influencer',
        attitude: 'supporter',
        strength: 3,
        main: true,
        notes:
          'Told us the incumbent was founded by the retired group VP and subcontracts most of its work. / 告知现供应商由集团退休副总创办，大部分业务外包。',
      },
      {
        key: 'adminHead',
        name: 'Ma Lihua',
        nameZh: '马丽华',
        department: 'administration',
        title: 'Head of Administration',
        titleZh: '行政部部长',
        rank: 3,
        influence: 3,
        role: 'coach',
        attitude: 'supporter',
        strength: 4,
        notes: 'Our coach (教练): introduced us to the procurement chief. / 我方教练：将我方引荐给采购老总。',
      },
      {
        key: 'logistics',
        name: 'Kong Dejun',
        nameZh: '孔德军',
        department: 'logistics',
        title: 'Logistics Section Chief',
        titleZh: '物流科科长',
        rank: 4,
        influence: 4,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 3,
        notes: 'Looks junior, but signs every carrier scorecard (大权在握). / 看似不起眼，但每家承运商的考核都由他签字。',
      },
      {
        key: 'plantDirector',
        name: 'Ye Qing',
        nameZh: '叶青',
        department: 'production',
        title: 'Plant Director',
        titleZh: '厂长',
        rank: 3,
        influence: 3,
        role: 'user',
        attitude: 'opponent',
        strength: 1,
        notes: 'Loyal to the incumbent. / 维护现供应商。',
      },
      {
        key: 'finance',
        name: 'Hou Jing',
        nameZh: '侯静',
        department: 'finance',
        title: 'Finance Manager',
        titleZh: '财务经理',
        rank: 3,
        influence: 2,
        role: 'evaluator',
        attitude: 'neutral',
        strength: 2,
      },
    ],
    relations: [
      ['vpStrategy', 'reports_to', 'president'],
      ['cpo', 'reports_to', 'president'],
      ['vpProcurement', 'reports_to', 'cpo'],
      ['adminHead', 'reports_to', 'president'],
      ['plantDirector', 'reports_to', 'president'],
      ['logistics', 'reports_to', 'plantDirector'],
      ['finance', 'reports_to', 'president'],
      ['adminHead', 'influences', 'cpo', 'Introduced us; the procurement chief trusts her. / 引荐人，采购老总信任她。'],
      ['logistics', 'ally', 'plantDirector'],
      ['cpo', 'rival', 'plantDirector', 'Competitive sourcing against an old friend of the plant. / 竞争性采购触动了工厂的老关系。'],
    ],
    departments: [
      [
        'procurement',
        'rival',
        'production',
        'Production backs the incumbent; procurement wants competition. / 生产部力挺现供应商，采购部要引入竞争。',
      ],
      ['administration', 'ally', 'procurement'],
    ],
  });

  const timeline: ActivitySpec[] = [
    {
      daysAgo: 600,
      kind: 'visit',
      subject: 'First visit to procurement / 首次拜访采购部',
      ours: [rep],
      theirs: [p.vpProcurement],
      notes:
        'Procurement VP: "Your quote and terms are fine, but the incumbent was founded by our retired group vice-president." / 采购副总："你们的报价和条件可以，但现供应商是集团退休副总创办的。"',
    },
    {
      daysAgo: 560,
      kind: 'call',
      subject: 'The incumbent subcontracts most of its work / 现供应商大部分业务外包',
      ours: [rep],
      theirs: [p.vpProcurement],
      notes: "Heng'an runs only a small part itself; the rest goes to subcontractors. / 恒安只自营一小部分，其余都外包。",
    },
    {
      daysAgo: 480,
      kind: 'visit',
      subject: 'Plant 1 logistics walk-through / 一厂物流现场走访',
      ours: [rep, 'solution'],
      theirs: [p.logistics, p.plantDirector],
    },
    {
      daysAgo: 400,
      kind: 'meeting',
      subject: 'Lunch with the head of administration / 与行政部部长午餐交流',
      ours: [rep],
      theirs: [p.adminHead],
    },
    {
      daysAgo: 330,
      kind: 'meeting',
      subject: 'Introduced to the procurement chief / 行政部部长引荐采购老总',
      ours: [rep, 'manager.west'],
      theirs: [p.adminHead, p.cpo],
    },
    {
      daysAgo: 300,
      kind: 'meeting',
      subject: 'Procurement chief: two to three suppliers per category / 采购老总：每类业务2~3家供应商',
      ours: [rep, 'solution'],
      theirs: [p.cpo, p.vpProcurement],
      notes: 'No single carrier any more: our way in is the second or third slot. / 不再一家独大：我方切入点是第二或第三供应商名额。',
    },
    {
      daysAgo: 245,
      kind: 'email',
      subject: 'Qualified as an inbound carrier / 获得入厂物流供应商资格',
      ours: [rep],
      theirs: [p.vpProcurement],
    },
    { daysAgo: 150, kind: 'visit', subject: 'Plant 2 site survey / 二厂现场勘察', ours: [rep, 'solution'], theirs: [p.logistics] },
    {
      daysAgo: 120,
      kind: 'meeting',
      subject: "Heng'an's founder proposes to work together / 恒安创始人主动约谈合作",
      ours: [rep, 'cco'],
      notes:
        'The incumbent asks us to carry part of its volume: one service, two brands. A competitor turned partner. / 竞争对手提出由我方承运其部分业务：一个服务，两个品牌，共赢。',
    },
    {
      daysAgo: 90,
      kind: 'visit',
      subject: 'Quarterly review with the logistics section / 物流科季度回顾',
      ours: [rep, 'ops'],
      theirs: [p.logistics],
    },
    {
      daysAgo: 60,
      kind: 'meeting',
      subject: 'Quarterly supplier review / 供应商季度评审',
      ours: [rep, 'manager.west'],
      theirs: [p.cpo, p.logistics],
    },
    {
      daysAgo: 45,
      kind: 'call',
      subject: 'Plant 2 milk-run requirements / 二厂循环取货需求沟通',
      ours: [rep],
      theirs: [p.logistics, p.cpo],
    },
    { daysAgo: 15, kind: 'visit', subject: 'Milk-run route walk / 循环取货线路踏勘', ours: [rep, 'solution'], theirs: [p.logistics] },
    { daysAgo: 20, kind: 'email', subject: 'Milk-run requirement notes sent / 发送循环取货需求纪要', ours: [rep], theirs: [p.logistics] },
  ];
  for (const a of timeline) await activity(ctx, key, a);

  await deal(ctx, key, {
    name: 'Annual inbound linehaul framework, three plants',
    nameZh: '年度入厂干线框架合同（三厂）',
    kind: 'standard',
    stage: 'contract',
    value: 14_000_000,
    serviceLines: ['linehaul'],
    stageChangedDaysAgo: 35,
    closeInDays: 25,
    createdDaysAgo: 150,
    team: [
      [rep, 'sales'],
      ['pricing', 'other'],
    ],
  });
  await deal(ctx, key, {
    name: 'Plant 2 inbound milk-run',
    nameZh: '二厂零部件循环取货',
    kind: 'solution',
    stage: 'needs_discovery',
    value: 8_000_000,
    serviceLines: ['contract_logistics', 'linehaul'],
    stageChangedDaysAgo: 40,
    closeInDays: 150,
    createdDaysAgo: 70,
    signals: [
      ['formed_project_team', 60, p.logistics, 'Plant 2 logistics project team / 二厂物流项目组'],
      ['set_shortlist_size', 45, p.cpo, 'Two to three suppliers, as always / 照例2~3家'],
    ],
    actions: [
      ['discovery_call', 55, 'needs_definition'],
      ['needs_workshop', 30, 'needs_definition', 'Milk-run windows and packaging / 取货窗口与包装'],
    ],
    team: [
      [rep, 'sales'],
      ['solution', 'solution'],
    ],
  });

  const { row } = account(ctx, key);
  await makeAttestation(ctx.tx, {
    accountId: row.id,
    criterion: 'solution_need',
    effect: 'for',
    note: 'Asked us to design a milk-run for plant 2. / 要求我方为二厂设计循环取货方案。',
    evidence: 'Requirement notes of the plant 2 project team / 二厂项目组需求纪要',
    attestedBy: ctx.people.user(rep).id,
    attestedAt: ago(ctx, 44),
  });
  await makeAccountScore(ctx.tx, {
    accountId: row.id,
    influence: 4,
    satisfaction: 4,
    cooperation: 3,
    scoredBy: ctx.people.user('manager.west').id,
    scoredAt: ago(ctx, 60),
  });
  await levels(ctx, key, [
    [330, 5, 'own_estimate', 'Express parcels only / 仅有快递业务'],
    [240, 4, 'customer_confirmed', 'Supplier review: one of three inbound carriers / 供应商评审：三家入厂承运商之一'],
  ]);
  await team(ctx, key, [
    [rep, 'sales_lead'],
    ['solution', 'solution'],
  ]);
}
