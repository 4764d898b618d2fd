import { Injectable, Logger } from '@nestjs/common';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { Environment } from '../../config/environment';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { Job, type ScheduledJob } from '../jobs';
import { chainQueryOf, ChainQuery, findChainHeads, findInstallationId } from './audit-chain.repository';
import { checkpointDirectory, checkpointPublicKey, checkpointSigningKey, ReadCheckpoint, readCheckpoints, SignedCheckpoint, writeCheckpoints } from './audit-checkpoints';

/** The database this is (audit_installation), so that one database's checkpoints are never checked against another's. */
export async function installationId(query: ChainQuery): Promise<string> {
  const id = await findInstallationId(query);
  if (!id) throw new Error('audit_installation is empty: the database was not migrated by Beside');
  return id;
}

/** Signs each organisation's chain head and keeps it outside the database (audit-checkpoints.ts). */
export async function checkpointNow(query: ChainQuery, env: Environment, at = new Date()): Promise<SignedCheckpoint[]> {
  const id = await installationId(query);
  const heads = await findChainHeads(query);
  return writeCheckpoints(checkpointDirectory(env), checkpointSigningKey(env), id, heads, at);
}

/** The checkpoints of some organisations' chains (all, if none given), read back with their signatures checked. */
export async function checkpointsFor(query: ChainQuery, env: Environment, organisationIds?: string[]): Promise<Map<string, ReadCheckpoint[]>> {
  const id = await installationId(query);
  try {
    const key = checkpointPublicKey(env);
    if (key) return readCheckpoints(checkpointDirectory(env), key, id, organisationIds);
    // No key: fine while there are no checkpoints; checkpoints that cannot be checked are reported.
    const folder = join(checkpointDirectory(env), id);
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.jsonl')) : [];
    const orgs = files.map((f) => f.slice(0, -6)).filter((o) => !organisationIds || organisationIds.includes(o));
    const problem = 'there are signed checkpoints but no key to check them (AUDIT_CHECKPOINT_PUBLIC_KEY)';
    return new Map(orgs.map((o) => [o, [{ valid: false as const, organisationId: o, line: 0, problem }]]));
  } catch (error) {
    // Checkpoints that cannot be read are reported by the verifier, never a crash.
    const problem = `the checkpoints could not be read (${error instanceof Error ? error.message : String(error)})`;
    return new Map((organisationIds ?? ['00000000-0000-0000-0000-000000000000']).map((o) => [o, [{ valid: false as const, organisationId: o, line: 0, problem }]]));
  }
}

/** A job of the job runner (JobRunner): a signed checkpoint of every chain whose head moved, each period. */
@Injectable()
@Job()
export class AuditCheckpointJob implements ScheduledJob {
  readonly name = 'audit-checkpoint';
  /** Last in each slot: it checkpoints what the other jobs wrote. */
  readonly order = 90;
  private readonly logger = new Logger(AuditCheckpointJob.name);

  constructor(
    private readonly env: Environment,
    private readonly uow: UnitOfWork,
  ) {}

  async run(now: Date): Promise<Record<string, unknown>> {
    const written = await this.uow.run(NO_CONTEXT, (em: EntityManager) => checkpointNow(chainQueryOf(em), this.env, now));
    if (written.length) this.logger.log({ checkpoints: written.length }, 'audit chains checkpointed');
    return { checkpoints: written.length };
  }
}
