import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation in every key (issue 17.5), so that the schema can be distributed by organisation
 * (Citus, docs/SCALING.md) and so that no row can point at another organisation's row.
 *
 * Read from the catalogue, for every organisation-scoped table (a base table in public with an
 * organisation_id column; organisation itself is not one), whatever tables exist when it runs:
 *   1. a primary key without organisation_id becomes (organisation_id, …its columns);
 *   2. a foreign key from one such table to another, without organisation_id, becomes
 *      (organisation_id, x_id) REFERENCES x (organisation_id, id), keeping its actions;
 *      keys that already hold organisation_id (or another organisation column) are left alone;
 *   3. a unique index without organisation_id gains it in front when its columns already
 *      belong to one organisation (one of them is such a foreign key, or its text names one
 *      organisation's row), so what it keeps unique does not change. The deployment-wide ones
 *      (an address and tokens looked up before anyone has an organisation) stay as they are
 *      and are listed, with their reasons, in organisation-keys.int-spec.ts;
 *   4. the few SECURITY DEFINER functions that reach a row by its id alone, as the owner and
 *      outside row-level security, name its organisation too, so they keep an index.
 * Foreign keys to organisation(id) stay. Ids stay unique in practice (gen_random_uuid()); the
 * database no longer promises that an id is unique across organisations, only within one.
 */
export class OrganisationKeys1764300017900 implements MigrationInterface {
  name = 'OrganisationKeys1764300017900';

  async up(q: QueryRunner): Promise<void> {
    const tenant = new Set(
      ((await q.query(`
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'organisation'
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped)
        ORDER BY 1`)) as { relname: string }[]).map((r) => r.relname),
    );

    // 1a. Beside each primary key without organisation_id, the unique index that will replace it.
    const keys = (await q.query(`
      SELECT t.relname AS "table", k.conname AS name, ${columnsOf('k.conrelid', 'k.conkey')} AS columns
      FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND k.contype = 'p'
      ORDER BY 1`)) as { table: string; name: string; columns: string[] }[];
    const moving = keys.filter((k) => tenant.has(k.table) && !k.columns.includes('organisation_id'));
    for (const k of moving) {
      await q.query(`CREATE UNIQUE INDEX ${ident(`${k.table}_organisation_pkey`)} ON ${ident(k.table)} (organisation_id, ${list(k.columns)})`);
    }

    // 2. Foreign keys between organisation-scoped tables carry the organisation on both sides.
    const foreign = (await q.query(`
      SELECT k.conname AS name, s.relname AS "from", t.relname AS "to",
             ${columnsOf('k.conrelid', 'k.conkey')} AS columns, ${columnsOf('k.confrelid', 'k.confkey')} AS "references",
             k.confupdtype AS on_update, k.confdeltype AS on_delete, k.confmatchtype AS match,
             k.condeferrable AS deferrable, k.condeferred AS deferred
      FROM pg_constraint k
      JOIN pg_class s ON s.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE n.nspname = 'public' AND k.contype = 'f'
      ORDER BY 2, 1`)) as ForeignKey[];
    const movingTables = new Set(moving.map((k) => k.table));
    for (const fk of foreign) {
      if (!tenant.has(fk.to) || fk.columns.includes('organisation_id') || fk.references.includes('organisation_id')) continue;
      if (!tenant.has(fk.from)) {
        if (movingTables.has(fk.to)) {
          throw new Error(`${fk.from}.${fk.name} reaches ${fk.to} by id alone from a table without organisation_id: give ${fk.from} an organisation_id first`);
        }
        continue;
      }
      await ensureUnique(q, fk.to, fk.references);
      await q.query(`ALTER TABLE ${ident(fk.from)} DROP CONSTRAINT ${ident(fk.name)}`);
      await q.query(
        `ALTER TABLE ${ident(fk.from)} ADD CONSTRAINT ${ident(fk.name)}
           FOREIGN KEY (organisation_id, ${list(fk.columns)}) REFERENCES ${ident(fk.to)} (organisation_id, ${list(fk.references)})
           ${fk.match === 'f' ? 'MATCH FULL ' : ''}ON UPDATE ${action(fk.on_update, [])} ON DELETE ${action(fk.on_delete, fk.columns)}
           ${fk.deferrable ? `DEFERRABLE INITIALLY ${fk.deferred ? 'DEFERRED' : 'IMMEDIATE'}` : ''}`,
      );
    }

    // 1b. Nothing leans on the old primary keys any more: the new ones take their names.
    for (const k of moving) {
      await q.query(`ALTER TABLE ${ident(k.table)} DROP CONSTRAINT ${ident(k.name)}`);
      await q.query(`ALTER TABLE ${ident(k.table)} ADD CONSTRAINT ${ident(k.name)} PRIMARY KEY USING INDEX ${ident(`${k.table}_organisation_pkey`)}`);
    }

    // 3. Unique indexes whose columns already belong to one organisation gain it in front.
    const tenantReferences = new Map<string, Set<string>>();
    const composite = (await q.query(`
      SELECT s.relname AS "from", t.relname AS "to", ${columnsOf('k.conrelid', 'k.conkey')} AS columns
      FROM pg_constraint k JOIN pg_class s ON s.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE n.nspname = 'public' AND k.contype = 'f'`)) as { from: string; to: string; columns: string[] }[];
    for (const fk of composite.filter((f) => tenant.has(f.from) && tenant.has(f.to))) {
      const set = tenantReferences.get(fk.from) ?? new Set<string>();
      fk.columns.filter((c) => c !== 'organisation_id').forEach((c) => set.add(c));
      tenantReferences.set(fk.from, set);
    }
    const uniques = (await q.query(`
      SELECT t.relname AS "table", i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition,
             ${columnsOf('x.indrelid', 'x.indkey')} AS columns,
             (SELECT k.conname FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype = 'u') AS "constraint"
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary
      ORDER BY 1, 2`)) as { table: string; name: string; definition: string; columns: (string | null)[]; constraint: string | null }[];
    for (const u of uniques) {
      if (!tenant.has(u.table) || u.columns.includes('organisation_id')) continue;
      const ofOneOrganisation =
        u.columns.some((c) => c !== null && tenantReferences.get(u.table)?.has(c)) || NAMES_ONE_ORGANISATIONS_ROW.includes(u.name);
      if (!ofOneOrganisation) continue; // deployment-wide on purpose: listed in organisation-keys.int-spec.ts
      const replacement = `${u.name}_organisation`;
      const definition = u.definition.replace(/^CREATE UNIQUE INDEX \S+ ON (\S+) USING (\w+) \(/, `CREATE UNIQUE INDEX ${ident(replacement)} ON $1 USING $2 (organisation_id, `);
      if (definition === u.definition) throw new Error(`cannot read the definition of unique index ${u.name}: ${u.definition}`);
      await q.query(definition);
      if (u.constraint) {
        await q.query(`ALTER TABLE ${ident(u.table)} DROP CONSTRAINT ${ident(u.constraint)}`);
        await q.query(`ALTER TABLE ${ident(u.table)} ADD CONSTRAINT ${ident(u.constraint)} UNIQUE USING INDEX ${ident(replacement)}`);
      } else {
        await q.query(`DROP INDEX ${ident(u.name)}`);
        await q.query(`ALTER INDEX ${ident(replacement)} RENAME TO ${ident(u.name)}`);
      }
    }

    // 4. Functions that reach a row by id alone as the owner name its organisation as well.
    for (const [fn, from, to] of BY_ID_ALONE) await rewriteFunction(q, fn, from, to);
  }

  async down(): Promise<void> {
    throw new Error('The organisation keys migration is not reversible: restore from a backup instead.');
  }
}

interface ForeignKey {
  name: string;
  from: string;
  to: string;
  columns: string[];
  references: string[];
  on_update: string;
  on_delete: string;
  match: string;
  deferrable: boolean;
  deferred: boolean;
}

/**
 * Unique indexes without a foreign key among their columns whose values still name one
 * organisation's row: a message's dedupe key is 'reminder:<appointment id>:…'.
 */
const NAMES_ONE_ORGANISATIONS_ROW = ['outbox_message_dedupe_idx'];

/** SECURITY DEFINER functions that join or update by id alone: [function, text, text with the organisation]. */
const BY_ID_ALONE: [string, RegExp, string][] = [
  // Every request's session look-up: its account in the session's organisation.
  ['beside_session_for_token', /JOIN user_account u ON u\.id = s\.user_id(?! AND)/, 'JOIN user_account u ON u.organisation_id = s.organisation_id AND u.id = s.user_id'],
  ['beside_calendar_feed_for_token', /JOIN user_account u ON u\.id = f\.user_id(?! AND)/, 'JOIN user_account u ON u.organisation_id = f.organisation_id AND u.id = f.user_id'],
  // Sealing updates each waiting event of one organisation's chain.
  ['beside_audit_seal', /WHERE id = r\.id;/, 'WHERE organisation_id = p_organisation_id AND id = r.id;'],
];

/** Replaces the function's text once; a function already naming the organisation is left as it is. */
async function rewriteFunction(q: QueryRunner, name: string, from: RegExp, to: string): Promise<void> {
  const found = (await q.query(
    `SELECT pg_get_functiondef(p.oid) AS definition FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.proname = $1`,
    [name],
  )) as { definition: string }[];
  for (const { definition } of found) {
    if (definition.includes(to)) continue;
    if (!from.test(definition)) throw new Error(`${name} no longer reads as expected; make it name the organisation of the rows it reaches by id`);
    await q.query(definition.replace(from, to));
  }
}

/** Makes sure `table (organisation_id, columns)` is unique, as a composite foreign key needs. */
async function ensureUnique(q: QueryRunner, table: string, columns: string[]): Promise<void> {
  const wanted = ['organisation_id', ...columns];
  const existing = (await q.query(
    `SELECT ${columnsOf('x.indrelid', 'x.indkey')} AS columns FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND t.relname = $1 AND x.indisunique AND x.indpred IS NULL AND x.indexprs IS NULL`,
    [table],
  )) as { columns: string[] }[];
  const same = (a: string[]) => a.length === wanted.length && wanted.every((c) => a.includes(c));
  if (existing.some((e) => same(e.columns))) return;
  await q.query(`ALTER TABLE ${ident(table)} ADD CONSTRAINT ${ident(`${table}_${columns.join('_')}_organisation_key`)} UNIQUE (${list(wanted)})`);
}

/** The names of the columns at the attribute numbers in `keys` (an int2vector or smallint[]), in order; null for an expression. */
function columnsOf(relation: string, keys: string): string {
  return `ARRAY(SELECT a.attname::text FROM unnest(${keys}::int2[]) WITH ORDINALITY AS c(attnum, position)
                LEFT JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = c.attnum ORDER BY c.position)`;
}

/** ON UPDATE / ON DELETE as pg_constraint spells it; SET NULL and SET DEFAULT leave the organisation as it is. */
function action(code: string, columns: string[]): string {
  switch (code) {
    case 'a':
      return 'NO ACTION';
    case 'r':
      return 'RESTRICT';
    case 'c':
      return 'CASCADE';
    case 'n':
    case 'd': {
      if (!columns.length) throw new Error('ON UPDATE SET NULL/SET DEFAULT would change the organisation of the row: not supported');
      return `${code === 'n' ? 'SET NULL' : 'SET DEFAULT'} (${list(columns)})`;
    }
    default:
      throw new Error(`unknown foreign key action ${code}`);
  }
}

function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  return name;
}

function list(names: string[]): string {
  return names.map(ident).join(', ');
}
