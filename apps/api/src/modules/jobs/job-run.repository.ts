import { EntityManager } from 'typeorm';
import { execute, selectRow } from '../../database/sql';

// job_run is reached only through beside_job_claim and beside_job_finish (defence-in-depth migration).

/** Records that this instance runs the job for the slot; false when another instance got there first. */
export async function claimJobSlot(em: EntityManager, jobName: string, slot: number, instanceId: string): Promise<boolean> {
  const row = await selectRow<{ claimed: boolean }>(em, `SELECT beside_job_claim($1, $2, $3) AS claimed`, [jobName, slot, instanceId]);
  return !!row?.claimed;
}

export async function finishJobSlot(em: EntityManager, jobName: string, slot: number, instanceId: string, outcome: string, detail: Record<string, unknown>): Promise<void> {
  await execute(em, `SELECT beside_job_finish($1, $2, $3, $4, $5)`, [jobName, slot, instanceId, outcome, JSON.stringify(detail)]);
}
