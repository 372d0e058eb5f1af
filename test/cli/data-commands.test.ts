import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseArgs, runCli, tempDir } from './run-cli.ts';

describe('abreast import and export', () => {
  let db: string[];
  const dir = tempDir();
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    db = await databaseArgs(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file with a bad row: exit code 1, every error on its own line with row and column, nothing written', {
    timeout: 300_000,
  }, async () => {
    const bad = file(
      'bad.csv',
      'name,industry,province,city,owner_email\nGood Co,apparel,Zhejiang,Hangzhou,\nBad Co,apparel,Zhejiang,Hangzhou,ghost@example.com\nWorse Co,rockets,Zhejiang,Hangzhou,\n',
    );
    const run = await runCli([...db, 'import', 'accounts', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('row 3, column owner_email: no user has the email ghost@example.com');
    expect(run.stderr).toMatch(/row 4, column industry: /);
    expect(run.stderr).toContain('nothing was written');

    const after = await runCli([...db, 'export', 'accounts']);
    expect(after.code).toBe(0);
    expect(after.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('imports a good file and exports it to standard output and to a file', { timeout: 300_000 }, async () => {
    const good = file(
      'good.csv',
      'name,name_zh,industry,province,city,wallet_estimate\nXiamen Foods,厦门食品,fmcg,Fujian,Xiamen,5000000\nFuzhou Shoes,,apparel,Fujian,Fuzhou,\n',
    );
    const imported = await runCli([...db, 'import', 'accounts', good]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported 2 rows of accounts');

    const out = join(dir, 'accounts.csv');
    const [toStdout, toFile] = [await runCli([...db, 'export', 'accounts']), await runCli([...db, 'export', 'accounts', '--out', out])];
    expect(toStdout.code).toBe(0);
    const lines = toStdout.stdout.replace('\uFEFF', '').trim().split('\n');
    expect(lines[0]).toMatch(/^name,name_zh,industry,region_code,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['Fuzhou Shoes,,apparel', 'Xiamen Foods,厦门食品,fmcg']);
    expect(toFile.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
  });

  it('backs up and restores into a new database, which then exports the same', { timeout: 400_000 }, async () => {
    const snapshot = join(dir, 'snapshot.jsonl.gz');
    const backup = await runCli([...db, 'backup', snapshot]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Backed up \d+ rows of \d+ tables/);
    const fresh = await databaseArgs(dir);
    const restore = await runCli([...fresh, 'restore', snapshot]);
    expect(restore.code, restore.stderr).toBe(0);
    const [before, after] = [await runCli([...db, 'export', 'accounts']), await runCli([...fresh, 'export', 'accounts'])];
    expect(after.stdout).toBe(before.stdout);
    expect(after.stdout).toContain('Xiamen Foods');
  });

  it('names the kinds it knows', { timeout: 120_000 }, async () => {
    const run = await runCli([...db, 'export', 'deals']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('accounts, contacts, financials, activities');
  });
});
