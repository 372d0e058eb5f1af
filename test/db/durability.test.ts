import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { lockFileName } from '../../src/db/lock.ts';
import { testDbKind } from '../support/test-db.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const writerPath = fileURLToPath(new URL('../support/durability-writer.ts', import.meta.url));

interface Writer {
  child: ChildProcess;
  acked: number[];
  /** Resolves once the writer has acknowledged at least `count` commits. */
  waitForAcks(count: number): Promise<void>;
  output(): string;
}

function startWriter(dataDir: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', writerPath, dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: number[] = [];
  let log = '';
  let pending = '';
  const waiters: { count: number; resolve: () => void }[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const ack = /^ack (\d+)$/.exec(line.trim());
      if (ack) acked.push(Number(ack[1]));
      else log += `${line}\n`;
    }
    for (const w of waiters.filter((w) => acked.length >= w.count)) w.resolve();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`writer exited (${code ?? signal}) before enough commits:\n${log}`))),
  );
  return {
    child,
    acked,
    output: () => log,
    waitForAcks: (count) => Promise.race([new Promise<void>((resolve) => waiters.push({ count, resolve })), exited]),
  };
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

// Durability of the embedded database is PGlite's question; the PostgreSQL server
// answers for itself.
describe.skipIf(testDbKind() !== 'pglite')('the embedded database survives kill -9', () => {
  // Made in a hook, not in the describe body: a skipped suite's body still runs, its hooks do not.
  let dataDir = '';
  let writer: Writer | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'abreast-durability-'));
  });
  afterAll(async () => {
    if (writer) await killHard(writer.child);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged commit, whole, across repeated kills', { timeout: 300_000 }, async () => {
    const acknowledged = new Set<number>();
    for (let round = 1; round <= 3; round++) {
      writer = startWriter(dataDir);
      await writer.waitForAcks(1);

      // While the writer lives, a second process must be refused the directory.
      await expect(openDatabase({ dataDir })).rejects.toMatchObject({ code: 'database.locked' });

      await writer.waitForAcks(150 * round);
      // Land the kill at an arbitrary point, most likely inside a transaction.
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 40)));
      await killHard(writer.child);
      for (const id of writer.acked) acknowledged.add(id);

      // The dead writer's lock is left behind and must be seen as stale.
      expect(existsSync(join(dataDir, lockFileName))).toBe(true);
      const reopened = await openDatabase({ dataDir });
      try {
        const ids = new Set(rows<{ id: number }>(await reopened.db.execute(sql`select id from durability_probe`)).map((r) => r.id));
        const missing = [...acknowledged].filter((id) => !ids.has(id));
        expect(missing, `round ${round}: acknowledged commits lost`).toEqual([]);

        const tally = rows<{ rows: number }>(await reopened.db.execute(sql`select rows from durability_tally where one = 1`))[0];
        expect(tally?.rows, `round ${round}: a transaction was half applied`).toBe(ids.size);
      } finally {
        await reopened.close();
      }
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(450);
  });
});
