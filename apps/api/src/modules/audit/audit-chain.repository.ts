// The audit chain's SQL: plain functions with no Nest, used by the API, its CLI and tools/. Each takes
// `query`, how the caller reaches the rows: the owner's connection (CLI, tools), a manager's scoped
// transaction (the API, which then sees her organisation's chain only), or the connection that
// just committed (sealing).

/** Runs one SQL statement and gives back its rows. */
export type ChainQuery = (sql: string, params?: unknown[]) => Promise<unknown[]>;

/** Anything TypeORM (or pg) answers SQL on: a DataSource, an EntityManager, a QueryRunner. */
export interface SqlConnection {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** `query` over a connection. */
export function chainQueryOf(connection: SqlConnection): ChainQuery {
  return async (sql, params) => (await connection.query(sql, params)) as unknown[];
}

async function rowsOf<Row>(query: ChainQuery, sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await query(sql, params)) as Row[];
}

/** An audit event as stored, every column the chain covers. */
export interface AuditEventRow {
  id: string;
  organisation_id: string;
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  subject_id: string | null;
  outcome: string;
  reason: string | null;
  request_id: string | null;
  ip: string | null;
  user_agent: string | null;
  detail: unknown;
  prev_hash: string;
  hash: string;
  content_hash: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Seals an organisation's unsealed events (beside_audit_seal: a short lock on its chain
 * head, numbers in append order, each hash linked to the one before). Sealing is derived
 * from rows already committed and is redone if lost, so its own commit need not wait for disk.
 */
export async function sealChain(query: (sql: string) => Promise<unknown>, organisationId: string): Promise<void> {
  if (!UUID.test(organisationId)) throw new Error(`not an organisation id: ${organisationId}`);
  await query(`SET LOCAL synchronous_commit = off; SELECT beside_audit_seal('${organisationId}'::uuid)`);
}

/**
 * Seals every organisation's waiting events (the sweep, the CLI): beside_audit_seal_waiting,
 * which reaches every chain for the API's role without it reading other organisations' events,
 * and skips (with a warning) a chain that cannot be sealed so that the others still are.
 */
export async function sealAll(connection: SqlConnection): Promise<void> {
  await connection.query(`SELECT beside_audit_seal_waiting()`);
}

/** Events written but not sealed yet (of these organisations, or all). */
export async function countUnsealedEvents(query: ChainQuery, organisationIds?: string[]): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    query,
    organisationIds
      ? `SELECT count(*)::int AS n FROM audit_event WHERE seq IS NULL AND organisation_id = ANY($1)`
      : `SELECT count(*)::int AS n FROM audit_event WHERE seq IS NULL`,
    organisationIds ? [organisationIds] : [],
  );
  return Number(row?.n);
}

/** Every organisation with a chain: a head, or sealed events. */
export async function findChainOrganisations(query: ChainQuery): Promise<string[]> {
  const rows = await rowsOf<{ organisation_id: string }>(
    query,
    `SELECT organisation_id FROM audit_chain_head UNION SELECT DISTINCT organisation_id FROM audit_event WHERE seq IS NOT NULL`,
  );
  return rows.map((r) => r.organisation_id);
}

/** A batch of an organisation's sealed events from `fromSeq`, in chain order. */
export function findChainEvents(query: ChainQuery, organisationId: string, fromSeq: number, limit: number): Promise<AuditEventRow[]> {
  return rowsOf<AuditEventRow>(query, `SELECT * FROM audit_event WHERE organisation_id = $1 AND seq >= $2 ORDER BY seq LIMIT ${limit}`, [organisationId, fromSeq]);
}

export interface ChainHead {
  seq: string;
  hash: string;
}

export async function findChainHead(query: ChainQuery, organisationId: string): Promise<ChainHead | null> {
  const [head] = await rowsOf<ChainHead>(query, `SELECT seq, hash FROM audit_chain_head WHERE organisation_id = $1`, [organisationId]);
  return head ?? null;
}

/** Every organisation's chain head (beside_audit_heads), for a checkpoint. */
export function findChainHeads(query: ChainQuery): Promise<{ organisation_id: string; seq: string; hash: string }[]> {
  return rowsOf(query, `SELECT organisation_id, seq, hash FROM beside_audit_heads()`);
}

/** The database this is (audit_installation), or null if it was not migrated by Beside. */
export async function findInstallationId(query: ChainQuery): Promise<string | null> {
  const [row] = await rowsOf<{ id: string }>(query, `SELECT id FROM audit_installation`);
  return row?.id ?? null;
}
