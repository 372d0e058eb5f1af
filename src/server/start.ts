import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { recordLockPort } from '../db/lock.ts';
import { migrate } from '../db/migrate.ts';
import { demoLogins, isDatabaseEmpty, loadDemoCompany } from '../demo/company.ts';
import { buildApp } from './app.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Open the database, migrate, load the demo company on an empty one, and serve. */
export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    let demoLoaded = false;
    if (config.demo === 'auto' && (await isDatabaseEmpty(database.db))) {
      log('Empty database: loading the demo company…');
      // Judged as of now inside the load, so a newcomer sees tiers, tags and levels on the first page.
      await loadDemoCompany({ db: database.db, now: new Date() });
      demoLoaded = true;
    }
    const app = await buildApp({ database, sessionHours: config.sessionHours, logLevel: config.logLevel });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    if (database.lock) recordLockPort(database.lock, port);
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`;
    log(`Abreast is running at ${url}  (API docs: ${url}/api/docs)`);
    log(config.databaseUrl ? 'Database: PostgreSQL server (DATABASE_URL)' : `Database: embedded, in ${config.dataDir}`);
    if (demoLoaded || config.demo === 'auto') {
      log('Demo logins (password for all: abreast-demo):');
      for (const login of demoLogins) log(`  ${login.role.padEnd(10)} ${login.email}  ${login.name}`);
    }
    let stopping: Promise<void> | null = null;
    const stop = () =>
      (stopping ??= (async () => {
        await app.close();
        await database.close();
      })());
    return { app, database, url, stop };
  } catch (err) {
    await database.close();
    throw err;
  }
}
