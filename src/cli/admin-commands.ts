import type { Command } from 'commander';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { createApiToken } from '../db/repositories/tokens.ts';
import { createUser, findUserByEmail } from '../db/repositories/users.ts';
import { userRoles } from '../domain/catalog.ts';
import { newUserBody } from '../server/routes/reference.ts';
import { cliConfig } from './context.ts';

/** Run one piece of work on the database the configuration names, then close it. */
async function withDatabase<T>(command: Command, work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const config = cliConfig(command);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

export function registerAdminCommands(program: Command): void {
  const user = program.command('user').description('manage users');
  user
    .command('add')
    .description('add a user')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .requiredOption('--role <role>', `one of ${userRoles.join(', ')}`)
    .requiredOption('--password <password>', 'at least 10 characters')
    .option('--name-zh <name>')
    .option('--title <title>')
    .action(async (opts: Record<string, string>, command: Command) => {
      const input = newUserBody.parse({ email: opts.email, name: opts.name, nameZh: opts.nameZh, role: opts.role, password: opts.password, title: opts.title });
      const created = await withDatabase(command, (d) => createUser(d.db, input));
      console.log(`User ${created.email} (${created.role}) added.`);
    });

  program
    .command('token')
    .description('personal API tokens')
    .command('create')
    .description('create an API token for a user (printed once)')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--days <days>', 'expires after this many days')
    .action(async (opts: { email: string; name: string; days?: string }, command: Command) => {
      const token = await withDatabase(command, async (d) => {
        const found = await findUserByEmail(d.db, opts.email);
        if (!found) throw new Error(`No user with email ${opts.email}.`);
        const expiresAt = opts.days ? new Date(Date.now() + Number(opts.days) * 86_400_000) : null;
        return createApiToken(d.db, { userId: found.id, name: opts.name, expiresAt });
      });
      console.log(token.token);
    });
}
