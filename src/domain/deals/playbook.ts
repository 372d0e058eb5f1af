import type { Playbook, PlaybookStage } from './settings.ts';
import { type BuyingStage, type SalesStage, buyingStageFor } from './stages.ts';

/** The playbook entry for where a solution deal stands, by the customer's stage or our paired one. */
export function playbookFor(options: {
  stage: { buying: BuyingStage } | { sales: SalesStage };
  playbook: Playbook;
}): PlaybookStage & { buyingStage: BuyingStage } {
  const { stage, playbook } = options;
  const buyingStage = 'buying' in stage ? stage.buying : buyingStageFor(stage.sales);
  return { buyingStage, ...playbook[buyingStage] };
}
