import type { activities, activityParticipants } from '../../db/schema/index.ts';

export type NewActivity = typeof activities.$inferInsert;
export type NewParticipant = typeof activityParticipants.$inferInsert;

export function activityRow(overrides: Partial<NewActivity> & { accountId: string }): NewActivity {
  return { kind: 'visit', occurredAt: new Date(), subject: 'Account review / 客户回顾', ...overrides };
}

/** Who took part: our users on one side, the customer's contacts on the other. */
export function participantRows(options: {
  accountId: string;
  activityId: string;
  userIds?: readonly string[];
  contactIds?: readonly string[];
}): NewParticipant[] {
  const { accountId, activityId, userIds = [], contactIds = [] } = options;
  return [
    ...userIds.map((userId) => ({ accountId, activityId, side: 'ours', userId })),
    ...contactIds.map((contactId) => ({ accountId, activityId, side: 'theirs', contactId })),
  ];
}
