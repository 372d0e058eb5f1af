import { desc, eq, sql } from 'drizzle-orm';
import type { ZodError } from 'zod';
import { type CompanySettings, companySettingsSchema, defaultSettings } from '../../domain/settings.ts';
import { AppError } from '../../server/errors.ts';
import type { Db, Tx } from '../client.ts';
import { settingsVersions, users } from '../schema/index.ts';

export interface SettingsVersion {
  version: number;
  document: CompanySettings;
  note: string | null;
  createdAt: Date | null;
  createdBy: { id: string; name: string; nameZh: string | null } | null;
}

const columns = {
  version: settingsVersions.version,
  document: settingsVersions.document,
  note: settingsVersions.note,
  createdAt: settingsVersions.createdAt,
  createdById: settingsVersions.createdBy,
  createdByName: users.name,
  createdByNameZh: users.nameZh,
};

type Row = {
  version: number;
  document: unknown;
  note: string | null;
  createdAt: Date;
  createdById: string | null;
  createdByName: string | null;
  createdByNameZh: string | null;
};

/** The first problem of a settings document, as the dotted path of the field at fault. */
function settingsError(error: ZodError, prefix = ''): AppError {
  const issue = error.issues[0];
  const field = issue ? [prefix, ...issue.path.map(String)].filter(Boolean).join('.') : prefix || undefined;
  return new AppError('validation.failed', `${field ? `${field}: ` : ''}${issue?.message ?? 'invalid settings'}`, { field });
}

// Stored documents are parsed again on read: a section added to the method since
// the version was saved gets its defaults, so old versions stay usable.
function toVersion(row: Row): SettingsVersion {
  const parsed = companySettingsSchema.safeParse(row.document);
  if (!parsed.success) {
    throw new AppError('internal', `Settings version ${row.version} no longer validates: ${parsed.error.issues[0]?.message}`);
  }
  return {
    version: row.version,
    document: parsed.data,
    note: row.note,
    createdAt: row.createdAt,
    createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? '', nameZh: row.createdByNameZh } : null,
  };
}

async function latestRow(db: Db | Tx): Promise<Row | undefined> {
  const [row] = await db
    .select(columns)
    .from(settingsVersions)
    .leftJoin(users, eq(users.id, settingsVersions.createdBy))
    .orderBy(desc(settingsVersions.version))
    .limit(1);
  return row;
}

/**
 * The company settings in force: the latest saved version. A company that never
 * saved any gets version 1 written with the method's defaults, so that every
 * judgement can name the version it used.
 */
export async function currentSettings(db: Db | Tx): Promise<SettingsVersion> {
  const row = await latestRow(db);
  if (row) return toVersion(row);
  // Two first readers at once: the second insert does nothing and both read version 1.
  await db
    .insert(settingsVersions)
    .values({ version: 1, document: defaultSettings(), note: 'Defaults of the method' })
    .onConflictDoNothing();
  const inserted = await latestRow(db);
  return inserted ? toVersion(inserted) : { version: 0, document: defaultSettings(), note: null, createdAt: null, createdBy: null };
}

/**
 * Save a new version of the settings (never changes an old one). `expectedVersion`,
 * when given, must be the latest: someone who edited an older version would
 * silently undo another admin's change.
 */
export async function saveSettings(
  db: Db,
  options: { document: unknown; actorId: string | null; note?: string | null; expectedVersion?: number },
): Promise<{ version: number }> {
  const parsed = companySettingsSchema.safeParse(options.document);
  if (!parsed.success) throw settingsError(parsed.error);
  try {
    return await db.transaction(async (tx) => {
      const [latest] = await tx
        .select({ version: sql<number>`coalesce(max(${settingsVersions.version}), 0)`.mapWith(Number) })
        .from(settingsVersions);
      const current = latest?.version ?? 0;
      if (options.expectedVersion !== undefined && options.expectedVersion !== current) {
        throw new AppError(
          'conflict.stale_version',
          `The settings were changed meanwhile: version ${current} is the latest, not ${options.expectedVersion}.`,
          {
            field: 'version',
          },
        );
      }
      const version = current + 1;
      await tx.insert(settingsVersions).values({ version, document: parsed.data, note: options.note ?? null, createdBy: options.actorId });
      return { version };
    });
  } catch (err) {
    // Two saves from the same version: the second one's insert hits the first one's key.
    if (isUniqueViolation(err)) {
      throw new AppError('conflict.stale_version', 'The settings were changed meanwhile; reload and edit the latest version.', {
        field: 'version',
      });
    }
    throw err;
  }
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** Every saved version, newest first, without their documents. */
export async function settingsHistory(db: Db | Tx) {
  const rows = await db
    .select({
      version: settingsVersions.version,
      note: settingsVersions.note,
      createdAt: settingsVersions.createdAt,
      createdById: settingsVersions.createdBy,
      createdByName: users.name,
      createdByNameZh: users.nameZh,
    })
    .from(settingsVersions)
    .leftJoin(users, eq(users.id, settingsVersions.createdBy))
    .orderBy(desc(settingsVersions.version));
  return rows.map((r) => ({
    version: r.version,
    note: r.note,
    createdAt: r.createdAt,
    createdBy: r.createdById ? { id: r.createdById, name: r.createdByName ?? '', nameZh: r.createdByNameZh } : null,
  }));
}

/** One saved version, or a 404. */
export async function settingsVersion(db: Db | Tx, version: number): Promise<SettingsVersion> {
  const [row] = await db
    .select(columns)
    .from(settingsVersions)
    .leftJoin(users, eq(users.id, settingsVersions.createdBy))
    .where(eq(settingsVersions.version, version));
  if (!row) throw new AppError('not_found', `No settings version ${version}.`);
  return toVersion(row);
}
