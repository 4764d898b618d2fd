import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@beside/shared/contracts';

/** Whose work a transaction does: what row-level security sees. */
export interface DbContext {
  organisationId: string | null;
  userId: string | null;
  role: Role | null;
}

/** No statement of a request may run longer: a stuck database fails the request (503) instead of hanging it. */
export const STATEMENT_TIMEOUT_MS = 8000;

export const NO_CONTEXT: DbContext = { organisationId: null, userId: null, role: null };

/**
 * Every data query of the API runs inside `run`: one transaction, working as the
 * beside_app role (which cannot bypass row-level security), with the actor set
 * transaction-locally so that a pooled connection never carries it to the next user.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(context: DbContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SET LOCAL ROLE beside_app`);
      await em.query(
        `SELECT set_config('beside.organisation_id', $1, true), set_config('beside.user_id', $2, true), set_config('beside.role', $3, true),
                set_config('statement_timeout', $4, true)`,
        [context.organisationId ?? '', context.userId ?? '', context.role ?? '', String(STATEMENT_TIMEOUT_MS)],
      );
      return work(em);
    });
  }
}
