import { Injectable, Logger, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';
import { Environment } from '../../config/environment';

const PENDING = 'beside.auditOrganisationsToSeal';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SWEEP_MS = 5000;

/** Notes, on the transaction, which organisations' chains have new events to seal once it commits. */
export function markForSealing(em: EntityManager, organisationIds: string[]): void {
  const runner = em.queryRunner;
  if (!runner) return; // not in a transaction: the sweep seals them
  const pending: Set<string> = (runner.data[PENDING] ??= new Set<string>());
  for (const id of organisationIds) pending.add(id);
}

/**
 * Seals an organisation's unsealed events (beside_audit_seal: a short lock on its chain
 * head, numbers in append order, each hash linked to the one before). Sealing is derived
 * from rows already committed and is redone if lost, so its own commit need not wait for disk.
 */
export async function sealChain(query: (sql: string) => Promise<unknown>, organisationId: string): Promise<void> {
  if (!UUID.test(organisationId)) throw new Error(`not an organisation id: ${organisationId}`);
  await query(`SET LOCAL synchronous_commit = off; SELECT beside_audit_seal('${organisationId}'::uuid)`);
}

/** Seals every organisation's waiting events (the owner's connection: the CLI, the sweep). */
export async function sealAll(ds: DataSource): Promise<void> {
  const rows: { organisation_id: string }[] = await ds.query(`SELECT DISTINCT organisation_id FROM audit_event WHERE seq IS NULL`);
  for (const { organisation_id } of rows.sort((a, b) => a.organisation_id.localeCompare(b.organisation_id))) {
    await sealChain((sql) => ds.query(sql), organisation_id);
  }
}

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
        await sealChain((sql) => runner.query(sql), organisationId);
      } catch (error) {
        // The work and its events are committed; the sweep seals them.
        this.logger.warn(`audit events of ${organisationId} left for the sweep: ${(error as Error).message}`);
      }
    }
  }

  private async sweepOnce(): Promise<void> {
    try {
      if (this.dataSource.isInitialized) await sealAll(this.dataSource);
    } catch (error) {
      this.logger.warn(`audit sweep failed: ${(error as Error).message}`);
    }
  }
}
