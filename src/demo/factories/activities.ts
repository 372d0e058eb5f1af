import { activities, activityParticipants } from '../../db/schema/index.ts';
import { activityRow, type NewActivity, participantRows } from '../rows/activity-rows.ts';
import { makeAccount } from './accounts.ts';
import { type Executor, first } from './executor.ts';

/** An activity with its participants: `userIds` on our side, `contactIds` on the customer's. */
export async function makeActivity(
  db: Executor,
  overrides: Partial<NewActivity> & { userIds?: readonly string[]; contactIds?: readonly string[] } = {},
) {
  const { userIds, contactIds, ...rest } = overrides;
  const accountId = rest.accountId ?? (await makeAccount(db)).id;
  const activity = first(
    await db
      .insert(activities)
      .values(activityRow({ ...rest, accountId }))
      .returning(),
  );
  const rows = participantRows({ accountId, activityId: activity.id, userIds, contactIds });
  const participants = rows.length > 0 ? await db.insert(activityParticipants).values(rows).returning() : [];
  return { ...activity, participants };
}
