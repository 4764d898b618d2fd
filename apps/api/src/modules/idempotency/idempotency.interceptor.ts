import {
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  HttpStatus,
  Injectable,
  Logger,
  NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { catchError, from, mergeMap, Observable, of, throwError } from 'rxjs';
import type { BesideRequest } from '../authz';
import { IdempotencyStore } from './idempotency.store';
import { requestFingerprint } from './request-fingerprint';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Printable ASCII without spaces, as clients make them (a UUID is typical). */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * `Idempotency-Key` on any POST of a signed-in person (outside /api/auth): the first request with a key does the
 * work and its answer is recorded; the same key and body again gets that answer (and no second
 * record); the same key with another body gets 422; while the first is still running, 409.
 * A request that fails leaves the key unused. Keys are per person and last a day.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<BesideRequest>();
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.header(IDEMPOTENCY_HEADER);
    const actor = req.actor;
    // Sign-in, sign-out and the like set cookies, which a replay could not: the header is ignored there.
    if (key === undefined || req.method !== 'POST' || !actor || req.path.startsWith('/api/auth/')) return next.handle();
    if (!KEY_PATTERN.test(key)) {
      return throwError(() => new BadRequestException(`${IDEMPOTENCY_HEADER} must be 1 to 200 printable characters without spaces, such as a UUID`));
    }
    const statusCode = this.reflector.get<number>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    const fingerprint = requestFingerprint(req.method, req.originalUrl, req.body);

    return from(this.store.claim(actor, key, fingerprint)).pipe(
      mergeMap((claim) => {
        switch (claim.kind) {
          case 'mismatch':
            throw new UnprocessableEntityException(
              `This ${IDEMPOTENCY_HEADER} was already used for a different request; use a new key for a new request`,
            );
          case 'in_flight':
            throw new ConflictException(`A request with this ${IDEMPOTENCY_HEADER} is still being processed; try again in a moment`);
          case 'replay':
            res.setHeader('Idempotent-Replayed', 'true');
            return of(claim.statusCode === HttpStatus.NO_CONTENT ? undefined : claim.body);
          case 'claimed':
            return next.handle().pipe(
              mergeMap(async (body) => {
                // The work is committed: even if recording the answer fails, she gets it.
                await this.store.complete(actor, key, statusCode, body).catch((err: Error) =>
                  this.logger.warn({ err: { name: err.name, code: (err as { code?: string }).code } }, 'could not record an idempotent answer'),
                );
                return body;
              }),
              catchError((error: unknown) =>
                from(
                  this.store.release(actor, key).catch((err: Error) =>
                    this.logger.warn({ err: { name: err.name, code: (err as { code?: string }).code } }, 'could not release an idempotency key'),
                  ),
                ).pipe(mergeMap(() => throwError(() => error))),
              ),
            );
        }
      }),
    );
  }
}
