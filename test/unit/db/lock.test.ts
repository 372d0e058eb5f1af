import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, lockFileName, readLockHolder } from '../../../src/db/lock.ts';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'abreast-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the data directory lock', () => {
  it('refuses a second open in the same process while the first holds it', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(expect.objectContaining({ code: 'database.locked' }));
    expect(readLockHolder(dir)?.pid).toBe(process.pid);
    lock.release();
  });

  it('removes the lock file on release, so the next opener gets it', () => {
    const dir = freshDir();
    acquireDataDirLock(dir).release();
    expect(existsSync(join(dir, lockFileName))).toBe(false);
    const again = acquireDataDirLock(dir);
    expect(existsSync(join(dir, lockFileName))).toBe(true);
    again.release();
  });

  it('treats a leftover lock naming this pid as stale (a restarted container reuses pid 1)', () => {
    const dir = freshDir();
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.pid, startedAt: '2026-01-01T00:00:00Z' }));
    expect(readLockHolder(dir)).toBeNull();
    const lock = acquireDataDirLock(dir, 3000);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, port: 3000 });
    lock.release();
  });

  it('names a live other process that holds the directory', () => {
    const dir = freshDir();
    // The parent of this process is alive for as long as the test runs.
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.ppid, port: 4100, startedAt: '2026-01-01T00:00:00Z' }));
    expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`process ${process.ppid} \\(serving on port 4100\\)`));
  });
});
