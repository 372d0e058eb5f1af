import type { Command } from 'commander';
import { type Config, readConfig } from '../config.ts';

/** Configuration from the environment, overridden by the global flags. */
export function cliConfig(command: Command, extra: Partial<Config> = {}): Config {
  const opts = command.optsWithGlobals() as { dataDir?: string; databaseUrl?: string; port?: string; host?: string };
  const env = { ...process.env };
  if (opts.dataDir) env.ABREAST_DATA_DIR = opts.dataDir;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  if (opts.port) env.ABREAST_PORT = opts.port;
  if (opts.host) env.ABREAST_HOST = opts.host;
  return readConfig(env, extra);
}
