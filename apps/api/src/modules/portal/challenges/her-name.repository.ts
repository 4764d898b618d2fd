import type { EntityManager } from 'typeorm';
import { selectRow } from '../../../database/sql';

/** The name she likes to be called (her preferred name, else her name). */
export async function findHerName(em: EntityManager, serviceUserId: string): Promise<string | null> {
  const row = await selectRow<{ name: string }>(em, `SELECT coalesce(preferred_name, name) AS name FROM service_user WHERE id = $1`, [serviceUserId]);
  return row?.name ?? null;
}
