import type { Command } from 'commander';
import { openDatabase } from '../db/client.ts';
import { readLockHolder } from '../db/lock.ts';
import { migrate } from '../db/migrate.ts';
import { findUserByEmail } from '../db/repositories/users.ts';
import { type EvaluatePortfolioResult, evaluatePortfolio } from '../jobs/evaluate/index.ts';
import { cliConfig } from './context.ts';
import { progressBar } from './progress.ts';

/** POST /api/evaluations/run on the server that holds the embedded database. */
async function evaluateThroughServer(port: number, token: string): Promise<EvaluatePortfolioResult> {
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${port}/api/evaluations/run`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  } catch (err) {
    throw new Error(`Could not reach the Abreast server on port ${port} (${(err as Error).message}).`);
  }
  const body = (await res.json().catch(() => null)) as (EvaluatePortfolioResult & { error?: { message: string } }) | null;
  if (!res.ok || !body) throw new Error(body?.error?.message ?? `The server answered ${res.status} ${res.statusText}.`);
  return body;
}

/** `abreast evaluate`: re-judge the whole portfolio under the settings in force, with a progress bar. */
export function registerEvaluateCommand(program: Command): void {
  program
    .command('evaluate')
    .description('re-evaluate every account: tier, criteria, payment trap, serviceability, growth, tag and level, with their reasons')
    .option('--token <token>', 'API token, when the server holds the embedded database (env ABREAST_TOKEN)')
    .option('--as <email>', 'the user recorded as having run it (audit history); the system when absent')
    .action(async (opts: { token?: string; as?: string }, command: Command) => {
      const config = cliConfig(command);
      const holder = config.databaseUrl ? null : readLockHolder(config.dataDir);
      let result: EvaluatePortfolioResult;
      if (holder) {
        // PGlite allows one process: while the server has the directory, it does the work.
        const token = opts.token ?? process.env.ABREAST_TOKEN;
        const who = `Process ${holder.pid} holds the embedded database in ${config.dataDir}`;
        if (!holder.port) throw new Error(`${who} and is not serving yet; wait for it, or stop it.`);
        if (!token) throw new Error(`${who} (the server on port ${holder.port}). Stop the server, or pass --token to go through its API.`);
        console.error(`Evaluating through the server on port ${holder.port}…`);
        result = await evaluateThroughServer(holder.port, token);
      } else {
        const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
        const bar = progressBar();
        try {
          await migrate(database);
          const actor = opts.as ? await findUserByEmail(database.db, opts.as) : null;
          if (opts.as && !actor) throw new Error(`No user with email ${opts.as}.`);
          result = await evaluatePortfolio({
            db: database.db,
            now: new Date(),
            actorId: actor?.id ?? null,
            onProgress: (done, total) => bar.update('evaluate', done, total),
          });
        } finally {
          bar.stop();
          await database.close();
        }
      }
      console.log(
        `Evaluated ${result.evaluated} accounts under settings version ${result.settingsVersion}; ${result.changed} changed tier, tag or level.`,
      );
    });
}
