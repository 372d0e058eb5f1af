import { createReadStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportResult } from '../jobs/import/import-csv.ts';
import type { TransferKind } from '../jobs/import/kinds.ts';
import { AppError, type ErrorCode } from '../server/errors.ts';

/** The running server's API, for when it holds the embedded database. */
export interface ApiTarget {
  port: number;
  token: string;
}

const baseUrl = (target: ApiTarget) => `http://127.0.0.1:${target.port}/api`;
const auth = (target: ApiTarget) => ({ authorization: `Bearer ${target.token}` });

/** The server's error, as the same AppError the job would have thrown here. */
async function failure(res: Response): Promise<AppError> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code: ErrorCode; message: string; field?: string; details?: unknown };
  } | null;
  if (!body?.error) return new AppError('internal', `The server answered ${res.status} ${res.statusText}.`);
  return new AppError(body.error.code, body.error.message, { field: body.error.field, details: body.error.details });
}

/** A request to the server, naming it when it cannot be reached. */
async function call(target: ApiTarget, path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(`${baseUrl(target)}${path}`, { ...init, headers: { ...auth(target), ...init.headers } });
  } catch (err) {
    throw new AppError('internal', `Could not reach the Abreast server on port ${target.port} (${(err as Error).message}).`);
  }
}

/** Send a CSV file to POST /api/import/:kind, streaming it. */
export async function importThroughApi(target: ApiTarget, kind: TransferKind, file: string): Promise<ImportResult> {
  const res = await call(target, `/import/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  if (!res.ok) throw await failure(res);
  return (await res.json()) as ImportResult;
}

/** Stream GET /api/export/:kind into the output. */
export async function exportThroughApi(target: ApiTarget, kind: TransferKind, output: Writable, end: boolean): Promise<void> {
  const res = await call(target, `/export/${kind}`);
  if (!res.ok || !res.body) throw await failure(res);
  await pipeline(Readable.fromWeb(res.body as never), output, { end });
}
