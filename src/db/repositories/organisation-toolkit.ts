import { and, arrayContains, desc, eq } from 'drizzle-orm';
import { AppError } from '../../server/errors.ts';
import type { Db } from '../client.ts';
import { toolkitAssets, users } from '../schema/index.ts';

// The toolkit library (工具): solution demos, visit and reception methods, decks and
// talk tracks, kept as links and tagged by industry and buying stage.

export async function listToolkit(db: Db, filter: { kind?: string; industry?: string; stage?: string } = {}) {
  return db
    .select({
      id: toolkitAssets.id,
      kind: toolkitAssets.kind,
      title: toolkitAssets.title,
      titleZh: toolkitAssets.titleZh,
      url: toolkitAssets.url,
      industries: toolkitAssets.industries,
      stages: toolkitAssets.stages,
      createdBy: toolkitAssets.createdBy,
      createdByName: users.name,
      createdByNameZh: users.nameZh,
      createdAt: toolkitAssets.createdAt,
    })
    .from(toolkitAssets)
    .leftJoin(users, eq(users.id, toolkitAssets.createdBy))
    .where(
      and(
        filter.kind ? eq(toolkitAssets.kind, filter.kind) : undefined,
        filter.industry ? arrayContains(toolkitAssets.industries, [filter.industry]) : undefined,
        filter.stage ? arrayContains(toolkitAssets.stages, [filter.stage]) : undefined,
      ),
    )
    .orderBy(desc(toolkitAssets.createdAt), desc(toolkitAssets.id));
}

export async function addToolkitAsset(
  db: Db,
  input: { kind: string; title: string; titleZh?: string | null; url?: string | null; industries: string[]; stages: string[]; createdBy: string },
) {
  const [row] = await db.insert(toolkitAssets).values(input).returning({ id: toolkitAssets.id });
  return row!;
}

export async function getToolkitAsset(db: Db, id: string) {
  const [row] = await db.select().from(toolkitAssets).where(eq(toolkitAssets.id, id));
  return row ?? null;
}

export async function deleteToolkitAsset(db: Db, id: string) {
  const rows = await db.delete(toolkitAssets).where(eq(toolkitAssets.id, id)).returning({ id: toolkitAssets.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such toolkit asset.');
}
