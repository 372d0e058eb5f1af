import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, httpStatus } from './errors.ts';

export interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: unknown };
}

/** Dotted field path from a JSON pointer like `/sites/0/city`. */
const fieldFromPointer = (pointer: string) => pointer.replace(/^\//, '').replaceAll('/', '.');

/** Map every failure to `{ error: { code, message, field? } }`; never a stack trace. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, request, reply) => {
    let status: number;
    let body: ErrorBody;
    if (err instanceof AppError) {
      status = httpStatus(err.code);
      body = { error: { code: err.code, message: err.message, field: err.field, details: err.details } };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const field = first ? fieldFromPointer(first.instancePath) || String((first.params as { missingProperty?: string })?.missingProperty ?? '') : undefined;
      const where = (err as { validationContext?: string }).validationContext ?? 'body';
      status = 400;
      body = {
        error: {
          code: 'validation.failed',
          message: field ? `${where}.${field}: ${first?.message}` : `${where}: ${first?.message}`,
          field: field || undefined,
        },
      };
    } else if (err instanceof ZodError) {
      const first = err.issues[0];
      const field = first?.path.join('.');
      status = 400;
      body = { error: { code: 'validation.failed', message: `${field}: ${first?.message}`, field } };
    } else if ((err as FastifyError).statusCode === 429) {
      status = 429;
      body = { error: { code: 'rate_limited', message: 'Too many requests; try again later.' } };
    } else if ((err as FastifyError).statusCode && (err as FastifyError).statusCode! < 500 && !isResponseSerializationError(err)) {
      // Fastify's own client errors (malformed JSON, unsupported media type, body too large).
      status = (err as FastifyError).statusCode!;
      body = { error: { code: 'validation.failed', message: err.message } };
    } else {
      request.log.error({ err }, 'unhandled error');
      status = 500;
      body = { error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' } };
    }
    reply.status(status).send(body);
  });
}
