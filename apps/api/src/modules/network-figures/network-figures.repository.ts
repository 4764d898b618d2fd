import { EntityManager } from 'typeorm';
import { changedRows } from '../../database/changed-rows';
import { selectRow, selectRows } from '../../database/sql';
import type { PooledFigure } from './network-figures-tables';

/**
 * The pooled totals of the months from `firstDay` to `lastFirstDay` (first days of London months), through
 * beside_network_figures(): the one SECURITY DEFINER function that counts across organisations. Per
 * cell only the network total and how many organisations contributed, never one organisation's count.
 */
export function findPooledFigures(em: EntityManager, firstDay: string, lastFirstDay: string): Promise<PooledFigure[]> {
  return selectRows<PooledFigure>(
    em,
    `SELECT measure, month, category, total, organisations FROM beside_network_figures($1::date, $2::date)`,
    [firstDay, lastFirstDay],
  );
}

/** How many member organisations' figures are in the pool (those that chose to share), and a signature of who they are. */
export async function findPool(em: EntityManager): Promise<{ organisations: number; signature: string }> {
  const row = await selectRow<{ organisations: number; signature: string }>(em, `SELECT organisations, signature FROM beside_network_figures_pool()`);
  return row ?? { organisations: 0, signature: '' };
}

export interface PoolSettingRow {
  shares: boolean;
  changed_at: Date | null;
}

/** The actor's own member organisation's decision (row-level security: only her own organisation is visible). */
export function findPoolSetting(em: EntityManager, organisationId: string): Promise<PoolSettingRow | null> {
  return selectRow<PoolSettingRow>(
    em,
    `SELECT shares_network_figures AS shares, shares_network_figures_changed_at AS changed_at
     FROM organisation WHERE id = $1 AND kind = 'member'`,
    [organisationId],
  );
}

/** Records the decision, when and by whom (null: no such member organisation). */
export async function updatePoolSetting(em: EntityManager, organisationId: string, shares: boolean, userId: string): Promise<PoolSettingRow | null> {
  const [row] = await changedRows<PoolSettingRow>(
    em,
    `UPDATE organisation
        SET shares_network_figures = $2, shares_network_figures_changed_at = now(), updated_by = $3, updated_at = now(), version = version + 1
      WHERE id = $1 AND kind = 'member'
      RETURNING shares_network_figures AS shares, shares_network_figures_changed_at AS changed_at`,
    [organisationId, shares, userId],
  );
  return row ?? null;
}
