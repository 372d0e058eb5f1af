import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  ABREAST_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  ABREAST_HOST: z.string().default('127.0.0.1'),
  ABREAST_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  ABREAST_SESSION_HOURS: z.coerce.number().positive().default(12),
  ABREAST_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ABREAST_DEMO: z.enum(['auto', 'off']).default('auto'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  sessionHours: number;
  logLevel: string;
  demo: 'auto' | 'off';
}

/** Read the environment once, failing loudly with the variable's name. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    port: e.ABREAST_PORT,
    host: e.ABREAST_HOST,
    dataDir: resolve(e.ABREAST_DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    sessionHours: e.ABREAST_SESSION_HOURS,
    logLevel: e.ABREAST_LOG_LEVEL,
    demo: e.ABREAST_DEMO,
    ...overrides,
  };
}
