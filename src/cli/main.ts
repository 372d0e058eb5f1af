import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerEvaluateCommand } from './evaluate-command.ts';
import { registerServerCommands } from './server-commands.ts';

const program = new Command()
  .name('abreast')
  .description('Abreast — key-account management for logistics companies.\nFrom face to face to shoulder to shoulder (从“面对面”到“肩并肩”).')
  .option('--data-dir <dir>', 'embedded database directory (env ABREAST_DATA_DIR, default ./data)')
  .option('--database-url <url>', 'PostgreSQL server instead of the embedded database (env DATABASE_URL)')
  .showHelpAfterError();

registerServerCommands(program);
registerAdminCommands(program);
registerDataCommands(program);
registerEvaluateCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const e = err as Error & { code?: string; field?: string };
  console.error(`abreast: ${e.message}${e.field ? ` (field: ${e.field})` : ''}`);
  process.exitCode = 1;
}
