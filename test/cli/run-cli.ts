import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { inject } from 'vitest';
import { testDbKind } from '../support/test-db.ts';

const bin = fileURLToPath(new URL('../../bin/abreast.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real `abreast` command, as an operator would. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  // The operator's own settings must not leak into the run.
  const { DATABASE_URL: _url, ABREAST_TOKEN: _token, ABREAST_DATA_DIR: _dir, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...inherited, ABREAST_LOG_LEVEL: 'silent', ...env }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'abreast-cli-'));

/**
 * The database flags for this vitest project: a new embedded directory, or a new
 * database on the test PostgreSQL server (the CLI then connects directly).
 */
export async function databaseArgs(parent: string): Promise<string[]> {
  if (testDbKind() === 'pglite') return ['--data-dir', join(parent, `data-${randomBytes(4).toString('hex')}`)];
  const adminUrl = inject('postgresUrl');
  const name = `abreast_cli_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return ['--database-url', url.toString()];
}
