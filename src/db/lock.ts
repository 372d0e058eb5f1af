import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../server/errors.ts';

export interface DataDirLock {
  path: string;
  release(): void;
}

export interface LockHolder {
  pid: number;
  port?: number;
  startedAt: string;
}

export const lockFileName = 'abreast.lock';

/** Lock files this process holds now, so its own pid in a file can be told apart from a leftover. */
const heldHere = new Set<string>();

function readLockFile(path: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds the embedded database, if a live process does (a dead holder's lock is stale). */
export function readLockHolder(dataDir: string): LockHolder | null {
  const path = join(dataDir, lockFileName);
  if (!existsSync(path)) return null;
  const holder = readLockFile(path);
  if (!holder) return null;
  // Our own pid in a file we did not take is a lock left by an earlier process that
  // had the same pid (pid 1 in a container restarted after kill -9): stale, not live.
  if (holder.pid === process.pid) return heldHere.has(path) ? holder : null;
  return isAlive(holder.pid) ? holder : null;
}

/** Take the data directory for this process, or fail naming the process that has it. */
export function acquireDataDirLock(dataDir: string, port?: number): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      const holder: LockHolder = { pid: process.pid, port, startedAt: new Date().toISOString() };
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      heldHere.add(path);
      return {
        path,
        release: () => {
          if (!heldHere.delete(path)) return;
          if (readLockFile(path)?.pid === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLockHolder(dataDir);
      if (holder) {
        throw new AppError('database.locked', `The embedded database in ${dataDir} is in use by process ${holder.pid}${holder.port ? ` (serving on port ${holder.port})` : ''}.`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('database.locked', `Could not lock the embedded database in ${dataDir}.`);
}

/** Record the port once the server listens, so the CLI can find it. */
export function recordLockPort(lock: DataDirLock, port: number): void {
  const holder = JSON.parse(readFileSync(lock.path, 'utf8')) as LockHolder;
  const fd = openSync(lock.path, 'w');
  writeSync(fd, JSON.stringify({ ...holder, port }));
  closeSync(fd);
}
