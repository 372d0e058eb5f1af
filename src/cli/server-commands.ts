import type { Command } from 'commander';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { isDatabaseEmpty, loadDemoCompany } from '../demo/company.ts';
import { startServer } from '../server/start.ts';
import { cliConfig } from './context.ts';

export function registerServerCommands(program: Command): void {
  program
    .command('start')
    .description('serve the web app and the API (migrates, and loads the demo company into an empty database)')
    .option('-p, --port <port>', 'port (env ABREAST_PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env ABREAST_HOST, default 127.0.0.1)')
    .option('--no-demo', 'do not load the demo company into an empty database')
    .action(async (opts: { demo: boolean }, command: Command) => {
      const config = cliConfig(command, opts.demo ? {} : { demo: 'off' });
      const server = await startServer(config);
      const shutdown = async (signal: string) => {
        console.log(`${signal}: stopping…`);
        await server.stop();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async (_opts, command: Command) => {
      const config = cliConfig(command);
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrate(database);
        console.log('Migrations applied.');
      } finally {
        await database.close();
      }
    });

  program
    .command('demo')
    .description('the demo company')
    .command('load')
    .description('load the demo company into an empty database')
    .action(async (_opts, command: Command) => {
      const config = cliConfig(command);
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrate(database);
        if (!(await isDatabaseEmpty(database.db))) throw new Error('The database is not empty; the demo company loads only into an empty one.');
        const summary = await loadDemoCompany({ db: database.db, now: new Date() });
        console.log('Demo company loaded:', summary);
      } finally {
        await database.close();
      }
    });
}
