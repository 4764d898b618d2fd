import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { Role } from '@beside/shared/contracts';
import { DEVELOPMENT_SECRET, Environment } from '../config/environment';
import type { Actor } from '../modules/authz/actor';
import { identityContext } from './identity-context';
import { contextKey, contextMac } from './request-context';

/** Whose work a transaction does: what row-level security sees. */
export interface DbContext {
  organisationId: string | null;
  userId: string | null;
  role: Role | null;
}

/** No statement of a request may run longer: a stuck database fails the request (503) instead of hanging it. */
export const STATEMENT_TIMEOUT_MS = 7000;

/** After the server left a query unanswered, how long new work fails at once. */
const PAUSE_AFTER_SILENCE_MS = 3000;
let notAnsweringUntil = 0;

/** The database server did not answer a moment ago; answered as 503 (api-exception.filter.ts). */
export class DatabaseNotAnsweringError extends Error {
  override readonly name = 'DatabaseNotAnsweringError';
  constructor() {
    super('The database did not answer a moment ago');
  }
}

export const NO_CONTEXT: DbContext = { organisationId: null, userId: null, role: null };

/**
 * Every data query of the API runs inside `run`: one transaction, working as the
 * beside_app role (which cannot bypass row-level security), with the actor set
 * transaction-locally so that a pooled connection never carries it to the next user,
 * and sealed so that no SQL can set another.
 */
@Injectable()
export class UnitOfWork {
  private readonly key: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() env?: Environment,
  ) {
    this.key = contextKey(env?.SECRET_KEY ?? DEVELOPMENT_SECRET);
  }

  /** `run` as the signed-in actor: what almost every request does. */
  runAs<T>(actor: Actor, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.run(identityContext(actor), work);
  }

  /**
   * Inside a transaction of `run`, does `work` in another organisation's context and then returns to the first:
   * for the few steps that cross organisations (a referral reaching its receiving member, the network operator
   * inviting a member's first admin), so that each side's rows and audit events are written under its own
   * row-level security, in one transaction. Callers pass the narrowest role the step needs.
   */
  async within<T>(em: EntityManager, context: DbContext, restore: DbContext, work: () => Promise<T>): Promise<T> {
    await this.seal(em, context);
    try {
      return await work();
    } finally {
      await this.seal(em, restore);
    }
  }

  /** Sealed with a MAC that SQL cannot make (request-context.ts): set_config of another organisation sees nothing. */
  private async seal(em: EntityManager, context: DbContext): Promise<void> {
    const [organisation, user, role] = [context.organisationId ?? '', context.userId ?? '', context.role ?? ''];
    await em.query(
      `SELECT set_config('beside.organisation_id', $1, true), set_config('beside.user_id', $2, true), set_config('beside.role', $3, true),
              set_config('beside.context_mac', $5, true), set_config('statement_timeout', $4, true)`,
      [organisation, user, role, String(STATEMENT_TIMEOUT_MS), contextMac(this.key, organisation, user, role)],
    );
  }

  async run<T>(context: DbContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    // As DataSource.transaction, except that a connection whose server stopped answering is
    // ended at once, before a ROLLBACK that would wait on it as long again; and that for a
    // moment after that, new work fails at once instead of queueing behind the silence.
    if (Date.now() < notAnsweringUntil) throw new DatabaseNotAnsweringError();
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      if (Date.now() < notAnsweringUntil) throw new DatabaseNotAnsweringError();
      await runner.query(`SET LOCAL ROLE beside_app`);
      await this.seal(runner.manager, context);
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      const message = (error as Error)?.message ?? '';
      // Only a query left unanswered (QUERY_TIMEOUT_MS, a real server only) says the server is silent;
      // a connection not had in time may just mean a busy pool.
      if (/Query read timeout/.test(message)) notAnsweringUntil = Date.now() + PAUSE_AFTER_SILENCE_MS;
      if (/Query read timeout/.test(message) || error instanceof DatabaseNotAnsweringError) dropConnection(runner);
      else await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/**
 * The server did not answer in time (QUERY_TIMEOUT_MS): its connection still waits for that
 * answer, so it must not go back to the pool. Ending it makes the pool discard it.
 */
function dropConnection(runner: QueryRunner): void {
  const stream = (runner as unknown as { databaseConnection?: { connection?: { stream?: { destroy(): void } } } }).databaseConnection?.connection?.stream;
  stream?.destroy();
}
