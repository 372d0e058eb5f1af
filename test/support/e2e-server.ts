import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const builtIndex = join(repoRoot, 'dist/web/index.html');
// What the web bundle is made from; a change to any of these makes the build stale.
const webSources = ['src/web', 'src/domain', 'vite.config.ts', 'package-lock.json'].map((p) => join(repoRoot, p));
const readyTimeoutMs = 180_000;

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Build the web app unless dist/web is newer than everything it is built from. */
function buildWebIfStale(): void {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  if (builtAt > Math.max(...webSources.map(newestChange))) return;
  console.log('e2e: building the web app (vite build)…');
  const vite = join(repoRoot, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status}); the browser tests need dist/web.`);
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`The app exited (${server.exitCode ?? server.signalCode}) before it was ready. Its output:\n${output()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok && ((await res.json()) as { ok?: boolean }).ok === true) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer ${baseUrl}/api/health within ${readyTimeoutMs / 1000} s. Its output:\n${output()}`);
}

/** Start the real app (built web app, embedded database in a temp dir, demo company) for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildWebIfStale();
  const dataDir = mkdtempSync(join(tmpdir(), 'abreast-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ABREAST_PORT: String(port),
    ABREAST_HOST: '127.0.0.1',
    ABREAST_DATA_DIR: dataDir,
    ABREAST_LOG_LEVEL: 'warn',
  };
  // The browser tests always run on the embedded database, whatever the shell has set.
  delete env.DATABASE_URL;

  let output = '';
  const server = spawn(process.execPath, [join(repoRoot, 'bin/abreast.js'), 'start'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const killNow = () => server.kill('SIGKILL');
  process.once('exit', killNow);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killNow);
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      server.kill('SIGTERM');
      const timer = setTimeout(killNow, 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, server, () => output);
  } catch (err) {
    await stop();
    throw err;
  }
  project.provide('baseUrl', baseUrl);
  return stop;
}
