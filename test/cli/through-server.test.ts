import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { recordLockPort } from '../../src/db/lock.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createApiToken } from '../../src/db/repositories/tokens.ts';
import { accounts } from '../../src/db/schema/index.ts';
import { makeUser } from '../../src/demo/factories/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { testDbKind } from '../support/test-db.ts';
import { runCli, tempDir } from './run-cli.ts';

// Only the embedded database has a lock a server holds; with DATABASE_URL the CLI always connects directly.
describe.skipIf(testDbKind() === 'postgres')('the CLI while a server holds the embedded database', () => {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  let database: Database;
  let app: FastifyInstance;
  let port: number;
  let token: string;

  beforeAll(async () => {
    // This test process plays the server: it holds the directory's lock and serves the API.
    database = await openDatabase({ dataDir });
    await migrate(database);
    const admin = await makeUser(database.db, { email: 'admin@example.com', role: 'admin' });
    token = (await createApiToken(database.db, { userId: admin.id, name: 'cli test' })).token;
    app = await buildApp({ database, logLevel: 'silent', webRoot: null });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
    recordLockPort(database.lock!, port);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const csvFile = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const good = () => csvFile('good.csv', 'name,industry,province,city\nQingdao Beer,fmcg,Shandong,Qingdao\n');

  it('does not open the directory: without a token it says to stop the server or pass --token', { timeout: 120_000 }, async () => {
    const run = await runCli(['--data-dir', dataDir, 'import', 'accounts', good()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Process ${process.pid} holds the embedded database`);
    expect(run.stderr).toContain(`port ${port}`);
    expect(run.stderr).toContain('Stop the server, or pass --token');
  });

  it('imports and exports through the server API with a token', { timeout: 180_000 }, async () => {
    const imported = await runCli(['--data-dir', dataDir, 'import', 'accounts', good(), '--token', token]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(await database.db.select().from(accounts).where(eq(accounts.name, 'Qingdao Beer'))).toHaveLength(1);

    const exported = await runCli(['--data-dir', dataDir, 'export', 'accounts'], { ABREAST_TOKEN: token });
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('Qingdao Beer,,fmcg,,Shandong,Qingdao');
  });

  it("prints the server's row errors, by row and column", { timeout: 120_000 }, async () => {
    const bad = csvFile('bad.csv', 'name,industry,province,city,owner_email\nYantai Fruit,fmcg,Shandong,Yantai,ghost@example.com\n');
    const run = await runCli(['--data-dir', dataDir, 'import', 'accounts', bad, '--token', token]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('row 2, column owner_email: no user has the email ghost@example.com');
  });

  it('refuses backup and restore while the server runs, naming its process and port', { timeout: 180_000 }, async () => {
    const backup = await runCli(['--data-dir', dataDir, 'backup', join(dir, 'b.jsonl.gz')]);
    expect(backup.code).toBe(1);
    expect(backup.stderr).toContain(`The server (process ${process.pid} on port ${port})`);
    const restore = await runCli(['--data-dir', dataDir, 'restore', good()]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('Stop it, then run restore again');
  });
});
