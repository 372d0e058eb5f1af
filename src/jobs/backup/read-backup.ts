import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../server/errors.ts';

/** A file that is not a whole, readable backup: nothing is restored from it. */
export const badBackup = (why: string) =>
  new AppError('validation.failed', `This is not a usable Abreast backup: ${why}.`, { field: 'file' });

/** The lines of a gzip'd backup, one at a time. */
export async function* backupLines(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  input.on('error', (err) => gunzip.destroy(err));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) if (line !== '') yield line;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_')) throw badBackup(`it is not gzip data, or it is damaged (${(err as Error).message})`);
    throw err;
  } finally {
    lines.close();
  }
}

/** Parse a structural line (header, section, end); row lines are never parsed. */
export function parseLine<T>(line: string | undefined, what: string): T {
  if (line === undefined) throw badBackup(`it ends early, where ${what} was expected`);
  try {
    return JSON.parse(line) as T;
  } catch {
    throw badBackup(`${what} is not JSON`);
  }
}
