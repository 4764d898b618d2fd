import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditWriter } from '../modules/audit/audit-writer';
import type { Actor } from '../modules/authz/actor';
import { BesideRequest, originOf } from '../modules/authz/current-actor.decorator';
import { OutOfScopeException } from './out-of-scope.exception';
import { ReadOnlyAccessException } from './read-only-access.exception';
import { QueryFailedError } from 'typeorm';
import type { ApiError } from '@beside/shared/contracts';

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

// PostgreSQL errors that mean the input was wrong, not the server.
const PG_CLIENT_ERRORS: Record<string, [number, string]> = {
  '22P02': [400, 'A value has the wrong format'],
  '22007': [400, 'A date or time is not valid'],
  '22008': [400, 'A date or time is out of range'],
  '22001': [400, 'A value is too long'],
  '22003': [400, 'A number is out of range'],
  '23505': [409, 'That already exists'],
  '23503': [400, 'A linked record does not exist'],
  '23514': [400, 'A value is not allowed'],
  '40001': [409, 'Someone else changed this at the same time; please try again'],
  '40P01': [409, 'Someone else changed this at the same time; please try again'],
};

/** Turns every failure into one shape, { statusCode, error, message, requestId }, never a stack trace. */
@Catch()
@Injectable()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<BesideRequest>();
    const res = ctx.getResponse<Response>();
    if (((exception instanceof OutOfScopeException && exception.exists) || exception instanceof ReadOnlyAccessException) && req.actor) {
      await this.recordDenial(req, exception).catch((err: Error) => this.logger.error({ err: { name: err.name } }, 'could not audit a denial'));
    }
    const { statusCode, message, extra } = this.describe(exception);
    if (statusCode === HttpStatus.SERVICE_UNAVAILABLE && isDatabaseUnavailable(exception)) {
      const err = exception as Error & { code?: string };
      // Expected while the database restarts: one line each, no stack.
      this.logger.warn({ err: { name: err?.name, code: err?.code } }, 'request failed: the database is unavailable');
    } else if (statusCode >= 500) {
      const err = exception as Error;
      // The error's name and stack only: messages from drivers can quote the data.
      this.logger.error({ err: { name: err?.name, code: (err as { code?: string })?.code, stack: err?.stack } }, 'request failed');
    }
    const body: ApiError & Record<string, unknown> = {
      statusCode,
      error: STATUS_NAMES[statusCode] ?? 'Error',
      message,
      requestId: String(req.id ?? ''),
      ...extra,
    };
    if (statusCode === HttpStatus.TOO_MANY_REQUESTS) {
      const seconds = retryAfterSeconds(res, extra);
      if (!res.headersSent) res.setHeader('Retry-After', String(seconds));
      body['retryAfterSeconds'] = seconds;
    }
    if (!res.headersSent) res.status(statusCode).json(body);
  }

  /** After the work's transaction rolled back: its own transaction, so the attempt is on record. */
  private recordDenial(req: BesideRequest, e: OutOfScopeException | ReadOnlyAccessException): Promise<void> {
    const actor = req.actor as Actor;
    return this.uow.run({ organisationId: actor.organisationId, userId: actor.userId, role: actor.role }, (em) =>
      this.audit.append(em, actor, originOf(req), [
        { action: 'access.denied', entityType: e.entityType, entityId: e.entityId, outcome: 'denied', detail: { reason: e instanceof ReadOnlyAccessException ? 'read_only_access' : 'out_of_scope' } },
      ]),
    );
  }

  private describe(exception: unknown): { statusCode: number; message: string | string[]; extra?: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') return { statusCode, message: response };
      const { message, statusCode: _s, error: _e, ...extra } = response as Record<string, unknown>;
      return { statusCode, message: (message as string | string[]) ?? exception.message, extra };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as unknown as { code?: string }).code ?? '';
      const known = PG_CLIENT_ERRORS[code];
      if (known) return { statusCode: known[0], message: known[1] };
    }
    const bodyError = exception as { status?: number; type?: string; expose?: boolean; message?: string };
    if (typeof bodyError?.status === 'number' && bodyError.status >= 400 && bodyError.status < 500) {
      const message =
        bodyError.type === 'entity.too.large'
          ? 'The request body is too large'
          : bodyError.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON'
            : bodyError.expose && bodyError.message
              ? bodyError.message
              : 'The request could not be read';
      return { statusCode: bodyError.status, message };
    }
    if (isDatabaseUnavailable(exception)) {
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: 'The service is temporarily unavailable; please try again shortly' };
    }
    return { statusCode: 500, message: 'Something went wrong on our side. Please try again; if it keeps happening, quote the request id.' };
  }
}

// Connection failures, the server shutting down or starting, too many connections, and a
// statement cancelled by statement_timeout: the database, not the request, is at fault.
const UNAVAILABLE_CODES = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '57014', '53300', '08000', '08001', '08003', '08004', '08006'];

// TypeORM releases a transaction's connection when the server drops it; the work's next query then fails with these.
const LOST_CONNECTION_ERRORS = ['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError', 'DatabaseNotAnsweringError'];

/**
 * The standard Retry-After for every 429: the sign-in throttle says how long in its answer;
 * the per-address rate limit (@nestjs/throttler, named "auth") sets only Retry-After-auth.
 */
function retryAfterSeconds(res: Response, extra: Record<string, unknown> | undefined): number {
  const own = Number(extra?.['retryAfterSeconds']);
  if (Number.isFinite(own) && own > 0) return Math.ceil(own);
  const named = res.getHeaderNames().find((h) => h.startsWith('retry-after-'));
  const fromThrottler = Number(named ? res.getHeader(named) : NaN);
  return Number.isFinite(fromThrottler) && fromThrottler > 0 ? Math.ceil(fromThrottler) : 60;
}

function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as { name?: string; code?: string; message?: string; driverError?: { code?: string } };
  return (
    UNAVAILABLE_CODES.includes(err?.code ?? err?.driverError?.code ?? '') ||
    LOST_CONNECTION_ERRORS.includes(err?.name ?? '') ||
    /timeout exceeded when trying to connect|Query read timeout|Connection terminated|connection error and is not queryable|Client was closed and is not queryable|Connection is not established/i.test(
      err?.message ?? '',
    )
  );
}
