import type { EntityManager } from 'typeorm';

/**
 * The one place a row from PostgreSQL becomes a declared type. Repositories (`<domain>.repository.ts`)
 * call these with SQL whose column aliases match `Row`; services never see SQL or cast a row.
 */
export async function selectRows<Row>(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await em.query(sql, params)) as Row[];
}

/** The first row, or null when there is none. */
export async function selectRow<Row>(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row | null> {
  const [row] = await selectRows<Row>(em, sql, params);
  return row ?? null;
}

/** An INSERT … RETURNING id: the new row's id. */
export async function insertId(em: EntityManager, sql: string, params: unknown[] = []): Promise<string> {
  const [row] = await selectRows<{ id: string }>(em, sql, params);
  return row.id;
}

/** A statement run for its effect (for how many rows an UPDATE or DELETE touched, see changed-rows.ts). */
export async function execute(em: EntityManager, sql: string, params: unknown[] = []): Promise<void> {
  await em.query(sql, params);
}
