/** Every error the product can report, with a stable code. */
export type ErrorCode =
  | 'validation.failed'
  | 'auth.required'
  | 'auth.invalid_credentials'
  | 'auth.forbidden'
  | 'not_found'
  | 'account.not_found'
  | 'conflict.stale_version'
  | 'conflict.duplicate'
  | 'database.locked'
  | 'import.invalid'
  | 'rate_limited'
  | 'internal';

/** The one HTTP status per code, written once; a new code without a status does not compile. */
export function httpStatus(code: ErrorCode): number {
  switch (code) {
    case 'validation.failed':
    case 'import.invalid':
      return 400;
    case 'auth.required':
    case 'auth.invalid_credentials':
      return 401;
    case 'auth.forbidden':
      return 403;
    case 'not_found':
    case 'account.not_found':
      return 404;
    case 'conflict.stale_version':
    case 'conflict.duplicate':
      return 409;
    case 'database.locked':
      return 423;
    case 'rate_limited':
      return 429;
    case 'internal':
      return 500;
    default: {
      const unknown: never = code;
      throw new Error(`no status for ${unknown as string}`);
    }
  }
}

export interface ErrorDetail {
  /** The input field at fault, as a dotted path (e.g. `sites.0.city`). */
  field?: string;
  /** Extra structured detail, e.g. every row error of an import. */
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, detail: ErrorDetail = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = detail.field;
    this.details = detail.details;
  }
}

export const notFound = (what = 'not_found' as ErrorCode, message = 'Not found.') => new AppError(what, message);
