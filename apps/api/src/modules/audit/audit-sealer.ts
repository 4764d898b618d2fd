import { Injectable, Logger, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { Environment } from '../../config/environment';
import { chainQueryOf, sealAll, sealChain } from './audit-chain.repository';

const PENDING = 'beside.auditOrganisationsToSeal';
const SWEEP_MS = 5000;

/** Notes, on the transaction, which organisations' chains have new events to seal once it commits. */
export function markForSealing(em: EntityManager, organisationIds: string[]): void {
  const runner = em.queryRunner;
  if (!runner) return; // not in a transaction: the sweep seals them
  const pending: Set<string> = (runner.data[PENDING] ??= new Set<string>());
  for (const id of organisationIds) pending.add(id);
}

export { sealAll, sealChain } from './audit-chain.repository';

/**
 * Seals each transaction's audit events right after it commits, on the same connection and
 * before the request answers, so a reader never waits for long on an unsealed event; a sweep
 * every few seconds seals anything a failed seal or a process without this hook left behind.
 */
@Injectable()
export class AuditSealer implements EntitySubscriberInterface, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuditSealer.name);
  private sweep: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly env?: Environment,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
    if (this.env?.NODE_ENV !== 'test') {
      this.sweep = setInterval(() => void this.sweepOnce(), SWEEP_MS);
      this.sweep.unref();
    }
  }

  onModuleDestroy(): void {
    if (this.sweep) clearInterval(this.sweep);
    const at = this.dataSource.subscribers.indexOf(this);
    if (at >= 0) this.dataSource.subscribers.splice(at, 1);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner: QueryRunner = event.queryRunner;
    const pending = runner.data?.[PENDING] as Set<string> | undefined;
    if (!pending?.size) return;
    delete runner.data[PENDING];
    for (const organisationId of [...pending].sort()) {
      try {
        await sealChain(chainQueryOf(runner), organisationId);
      } catch (error) {
        // The work and its events are committed; the sweep seals them.
        this.logger.warn(`audit events of ${organisationId} left for the sweep: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private async sweepOnce(): Promise<void> {
    try {
      if (this.dataSource.isInitialized) await sealAll(this.dataSource);
    } catch (error) {
      this.logger.warn(`audit sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
