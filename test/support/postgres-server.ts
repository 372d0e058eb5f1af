import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

const minimumMajor = 15;
const installHint =
  'Install PostgreSQL 15 or newer: `apt-get install -y postgresql` on Debian (.ci/run does this), or put initdb and pg_ctl on PATH.';

interface PgBin {
  initdb: string;
  pgCtl: string;
}

/** initdb and pg_ctl from PATH first, then from /usr/lib/postgresql/<version>/bin, newest first. */
function findPgBin(): PgBin | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => join(debianRoot, v, 'bin')));
  }
  for (const dir of dirs) {
    const initdb = join(dir, 'initdb');
    const pgCtl = join(dir, 'pg_ctl');
    if (existsSync(initdb) && existsSync(pgCtl)) return { initdb, pgCtl };
  }
  return null;
}

function userId(name: string): { uid: number; gid: number } | null {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Start a throwaway PostgreSQL cluster on 127.0.0.1 and hand its admin URL to the tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  const bin = findPgBin();
  if (!bin) throw new Error(`PostgreSQL's initdb and pg_ctl were not found. ${installHint}`);

  const version = spawnSync(bin.initdb, ['--version'], { encoding: 'utf8' });
  const major = Number(/(\d+)(\.\d+)?/.exec(version.stdout)?.[1] ?? 0);
  if (major < minimumMajor) {
    throw new Error(`${bin.initdb} is PostgreSQL ${major || 'of unknown version'}; Abreast needs ${minimumMajor} or newer. ${installHint}`);
  }

  // PostgreSQL refuses to run as root, so the cluster belongs to the `postgres` user.
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? userId('postgres') : null;
  if (asRoot && !owner) {
    throw new Error(`Running as root, but there is no \`postgres\` user to run PostgreSQL as. ${installHint}`);
  }
  const run = (cmd: string, args: string[]): SpawnSyncReturns<string> =>
    owner ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' });

  const root = mkdtempSync(join(tmpdir(), 'abreast-pg-'));
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  mkdirSync(dataDir, { mode: 0o700 });
  if (owner) {
    chownSync(root, owner.uid, owner.gid);
    chownSync(dataDir, owner.uid, owner.gid);
  }

  let started = false;
  const stop = (): void => {
    if (started) run(bin.pgCtl, ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
    started = false;
    rmSync(root, { recursive: true, force: true });
  };
  // A run cut short (Ctrl-C, a crash) must not leave a server behind.
  process.once('exit', stop);

  try {
    const init = run(bin.initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stderr || init.stdout}`);

    const port = await freePort();
    // Trust auth and no fsync: a throwaway cluster for tests, never for data anyone keeps.
    const options = [
      '-c listen_addresses=127.0.0.1',
      `-c port=${port}`,
      `-c unix_socket_directories=${root}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    started = true;
    const start = run(bin.pgCtl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '120', '-o', options]);
    if (start.status !== 0) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      throw new Error(`pg_ctl start failed:\n${start.stderr || start.stdout}\n${log}`);
    }
    project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/postgres`);
  } catch (err) {
    stop();
    process.removeListener('exit', stop);
    throw err;
  }

  return () => {
    stop();
    process.removeListener('exit', stop);
  };
}
