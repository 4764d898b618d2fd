import { useTestApp } from '../testing/test-app';
import { createJourney, createOrganisation, createServiceUser, createUser } from '../testing/fixtures';

/**
 * The claim of docs/SCALING.md, checked on the catalogue of the migrated database: every
 * organisation-scoped table keeps organisation_id in its keys, so that the schema can be
 * distributed by organisation (Citus) without changing a key, and no row can point at another
 * organisation's row. A new table or index without that shape fails here until it has it, or
 * until it is listed below with its reason.
 */

/** Tables without organisation_id: reference tables (copied to every node) or local ones (on the coordinator only). */
const NOT_DISTRIBUTED: Record<string, { kind: 'reference' | 'local'; reason: string }> = {
  organisation: {
    kind: 'reference',
    reason: 'one row per organisation, the distribution column itself; every organisation-scoped table refers to it, and the network reads all of it',
  },
  audit_installation: { kind: 'reference', reason: "one row: the deployment's identity in its audit checkpoints" },
  beside_context_key: { kind: 'reference', reason: 'one row: the key that seals the row-level-security context, checked wherever a query runs' },
  sign_in_throttle: { kind: 'local', reason: 'failed sign-ins by address and network address, counted before anyone has an organisation' },
  request_rate: { kind: 'local', reason: 'rate limits by network address and route, counted before the session is known' },
  job_run: { kind: 'local', reason: 'which instance runs which scheduled job: the deployment, not an organisation' },
  schema_migration: { kind: 'local', reason: 'the migrations that have run (TypeORM)' },
  consultation_challenge_used: { kind: 'local', reason: "the hashes of the public link's used proof-of-work challenges, until they expire: no one's, no organisation's" },
};

/** Unique indexes of organisation-scoped tables that are deliberately unique across the deployment. */
const DEPLOYMENT_WIDE_UNIQUE: Record<string, string> = {
  user_account_email_normalised_key:
    'sign-in finds an account by its address before anyone has an organisation: one address signs in to one account in the whole deployment',
  user_session_token_hash_key: "every request finds its session by the cookie's token before it knows the organisation",
  one_time_token_token_hash_key: 'an invitation or reset link is opened by someone not yet signed in: the token finds its organisation',
  consultation_public_slug_key: "a consultation's public link is opened by someone with no account: the slug alone finds it (random, 192 bits)",
  calendar_feed_token_hash_key: "a calendar application fetches the feed by the link's token alone, without a session",
};

/** Other indexes of organisation-scoped tables that neither include organisation_id nor lead with a reference to one organisation's row. */
const CROSS_ORGANISATION_INDEXES: Record<string, string> = {
  idempotency_key_expires: 'the sweep deletes expired keys of every organisation at once (beside_sweep_idempotency_keys)',
  outbox_message_sending_idx: "the delivery worker finds messages left 'sending' by a stopped instance, in every organisation (beside_outbox_organisations_due)",
};

interface Catalogue {
  tables: { name: string; scoped: boolean }[];
  primaryKeys: { table: string; columns: string[] }[];
  foreignKeys: { name: string; from: string; to: string; columns: string[]; references: string[] }[];
  indexes: { table: string; name: string; unique: boolean; columns: (string | null)[] }[];
}

type Query = (sql: string) => Promise<unknown[]>;

const columnsOf = (relation: string, keys: string) =>
  `ARRAY(SELECT a.attname::text FROM unnest(${keys}::int2[]) WITH ORDINALITY AS c(attnum, position)
         LEFT JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = c.attnum ORDER BY c.position)`;

async function readCatalogue(query: Query): Promise<Catalogue> {
  const tables = (await query(`
    SELECT c.relname AS name,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped)
             AND c.relname <> 'organisation' AS scoped
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`)) as Catalogue['tables'];
  const primaryKeys = (await query(`
    SELECT t.relname AS "table", ${columnsOf('k.conrelid', 'k.conkey')} AS columns
    FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND k.contype = 'p'`)) as Catalogue['primaryKeys'];
  const foreignKeys = (await query(`
    SELECT k.conname AS name, s.relname AS "from", t.relname AS "to",
           ${columnsOf('k.conrelid', 'k.conkey')} AS columns, ${columnsOf('k.confrelid', 'k.confkey')} AS "references"
    FROM pg_constraint k JOIN pg_class s ON s.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = k.connamespace
    WHERE n.nspname = 'public' AND k.contype = 'f'`)) as Catalogue['foreignKeys'];
  // Key columns only (not INCLUDE); null for an expression.
  const indexes = (await query(`
    SELECT t.relname AS "table", i.relname AS name, x.indisunique AS unique,
           ${columnsOf('x.indrelid', '(x.indkey::int2[])[0:x.indnkeyatts - 1]')} AS columns
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND NOT x.indisprimary`)) as Catalogue['indexes'];
  return { tables, primaryKeys, foreignKeys, indexes };
}

const scopedTables = (c: Catalogue) => new Set(c.tables.filter((t) => t.scoped).map((t) => t.name));

/** Tables without organisation_id that are not listed, and listed ones that are gone or gained it. */
function unlistedTables(c: Catalogue): string[] {
  const others = c.tables.filter((t) => !t.scoped).map((t) => t.name);
  const all = new Set(c.tables.map((t) => t.name));
  return [
    ...others.filter((t) => !NOT_DISTRIBUTED[t]).map((t) => `${t}: has no organisation_id and is not listed`),
    ...Object.keys(NOT_DISTRIBUTED).filter((t) => !all.has(t) || scopedTables(c).has(t)).map((t) => `${t}: listed, but is gone or has organisation_id`),
  ];
}

function primaryKeysWithoutOrganisation(c: Catalogue): string[] {
  return [...scopedTables(c)].flatMap((table) => {
    const key = c.primaryKeys.find((k) => k.table === table);
    if (!key) return [`${table}: no primary key`];
    return key.columns[0] === 'organisation_id' ? [] : [`${table}: PRIMARY KEY (${key.columns.join(', ')})`];
  });
}

/**
 * A foreign key between organisation-scoped tables must match organisation_id with
 * organisation_id; one from such a table to another table must reach a reference table
 * (Citus allows those, not keys to local tables); none may reach an organisation-scoped
 * table from a table without organisation_id.
 */
function foreignKeysAcrossOrganisations(c: Catalogue): string[] {
  const scoped = scopedTables(c);
  return c.foreignKeys.flatMap((fk) => {
    const show = `${fk.from}.${fk.name}: (${fk.columns.join(', ')}) REFERENCES ${fk.to} (${fk.references.join(', ')})`;
    if (scoped.has(fk.from) && scoped.has(fk.to)) {
      const at = fk.columns.indexOf('organisation_id');
      return at >= 0 && fk.references[at] === 'organisation_id' ? [] : [show];
    }
    if (scoped.has(fk.from)) return NOT_DISTRIBUTED[fk.to]?.kind === 'reference' ? [] : [`${show} (not a reference table)`];
    if (scoped.has(fk.to)) return [`${show} (from a table without organisation_id)`];
    return [];
  });
}

function uniqueIndexesWithoutOrganisation(c: Catalogue): string[] {
  const scoped = scopedTables(c);
  const problems = c.indexes
    .filter((i) => i.unique && scoped.has(i.table) && !i.columns.includes('organisation_id') && !DEPLOYMENT_WIDE_UNIQUE[i.name])
    .map((i) => `${i.table}.${i.name} (${i.columns.join(', ')})`);
  const listed = Object.keys(DEPLOYMENT_WIDE_UNIQUE).filter(
    (name) => !c.indexes.some((i) => i.name === name && i.unique && !i.columns.includes('organisation_id')),
  );
  return [...problems, ...listed.map((name) => `${name}: listed, but gone or now with organisation_id`)];
}

/**
 * Every other index of an organisation-scoped table includes organisation_id, or leads with a
 * column of a foreign key to another organisation-scoped table: that column names a row of one
 * organisation (the composite key makes it so), so the index's entries under one value all belong
 * to one organisation and the query that uses it carries organisation_id from row-level security.
 */
function indexesWithoutOrganisation(c: Catalogue): string[] {
  const scoped = scopedTables(c);
  const reaching = new Set(
    c.foreignKeys
      .filter((fk) => scoped.has(fk.from) && scoped.has(fk.to) && fk.columns.includes('organisation_id'))
      .flatMap((fk) => fk.columns.filter((col) => col !== 'organisation_id').map((col) => `${fk.from}.${col}`)),
  );
  const problems = c.indexes
    .filter((i) => !i.unique && scoped.has(i.table) && !i.columns.includes('organisation_id'))
    .filter((i) => !reaching.has(`${i.table}.${i.columns[0]}`) && !CROSS_ORGANISATION_INDEXES[i.name])
    .map((i) => `${i.table}.${i.name} (${i.columns.join(', ')})`);
  const listed = Object.keys(CROSS_ORGANISATION_INDEXES).filter((name) => !c.indexes.some((i) => i.name === name && !i.columns.includes('organisation_id')));
  return [...problems, ...listed.map((name) => `${name}: listed, but gone or now with organisation_id`)];
}

describe('organisation in every key (docs/SCALING.md)', () => {
  const t = useTestApp(async (t) => {
    const catalogue = await readCatalogue((sql) => t.owner.query(sql));
    return { catalogue };
  });

  it('should read organisation-scoped tables and keys from the catalogue', () => {
    const scoped = scopedTables(t.catalogue);
    expect(scoped.size).toBeGreaterThanOrEqual(30);
    for (const table of ['user_account', 'service_user', 'journey', 'note', 'audit_event', 'concern']) expect(scoped.has(table)).toBe(true);
    expect(t.catalogue.foreignKeys.length).toBeGreaterThanOrEqual(80);
  });

  it('should list every table without organisation_id as a reference or local table, with its reason', () => {
    expect(unlistedTables(t.catalogue)).toEqual([]);
  });

  it("should start every organisation-scoped table's primary key with organisation_id", () => {
    expect(primaryKeysWithoutOrganisation(t.catalogue)).toEqual([]);
  });

  it('should match organisation_id with organisation_id in every foreign key between organisation-scoped tables', () => {
    expect(foreignKeysAcrossOrganisations(t.catalogue)).toEqual([]);
    // And some of them are there to check: the journey's woman and her advocates.
    const journeyKeys = t.catalogue.foreignKeys.filter((fk) => fk.from === 'journey' && fk.to !== 'organisation');
    expect(journeyKeys.map((fk) => `${fk.columns.join(',')}>${fk.to}`).sort()).toEqual([
      'organisation_id,primary_advocate_id>user_account',
      'organisation_id,secondary_advocate_id>user_account',
      'organisation_id,service_user_id>service_user',
    ]);
  });

  it('should include organisation_id in every unique index but the deployment-wide ones listed', () => {
    expect(uniqueIndexesWithoutOrganisation(t.catalogue)).toEqual([]);
  });

  it('should include organisation_id in every other index, or lead with a reference to one organisation\'s row, or be listed', () => {
    expect(indexesWithoutOrganisation(t.catalogue)).toEqual([]);
  });

  it('should name a new table, key or index without the shape (the checks read the catalogue, so they can fail)', async () => {
    const qr = t.owner.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      await qr.query(`CREATE TABLE shapeless_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        session_token char(64) REFERENCES user_session (token_hash),
        other_organisation_id uuid NOT NULL,
        journey_id uuid NOT NULL,
        FOREIGN KEY (other_organisation_id, journey_id) REFERENCES journey (organisation_id, id),
        written_at timestamptz NOT NULL DEFAULT now(),
        body text UNIQUE)`);
      await qr.query(`CREATE INDEX shapeless_note_written_idx ON shapeless_note (written_at)`);
      await qr.query(`CREATE TABLE shapeless_lookup (id uuid PRIMARY KEY, note_id uuid)`);
      const shapeless = await readCatalogue((sql) => qr.query(sql));
      expect(unlistedTables(shapeless)).toEqual(['shapeless_lookup: has no organisation_id and is not listed']);
      expect(primaryKeysWithoutOrganisation(shapeless)).toEqual(['shapeless_note: PRIMARY KEY (id)']);
      expect(foreignKeysAcrossOrganisations(shapeless).sort()).toEqual([
        'shapeless_note.shapeless_note_other_organisation_id_journey_id_fkey: (other_organisation_id, journey_id) REFERENCES journey (organisation_id, id)',
        'shapeless_note.shapeless_note_session_token_fkey: (session_token) REFERENCES user_session (token_hash)',
      ]);
      expect(uniqueIndexesWithoutOrganisation(shapeless)).toEqual(['shapeless_note.shapeless_note_body_key (body)']);
      expect(indexesWithoutOrganisation(shapeless)).toEqual(['shapeless_note.shapeless_note_written_idx (written_at)']);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  });

  it("should refuse a row that points at another organisation's row, even written as the owner", async () => {
    const a = await createOrganisation(t, 'A');
    const b = await createOrganisation(t, 'B');
    const advocateA = await createUser(t, a, 'advocate');
    const advocateB = await createUser(t, b, 'advocate');
    const journeyA = await createJourney(t, a, await createServiceUser(t, a), advocateA.id);
    const herInB = await createServiceUser(t, b);

    await expect(t.owner.query(`UPDATE journey SET primary_advocate_id = $2 WHERE id = $1`, [journeyA, advocateB.id])).rejects.toThrow(
      /journey_primary_advocate_id_fkey/,
    );
    await expect(
      t.owner.query(
        `INSERT INTO note (organisation_id, journey_id, service_user_id, visibility, body) VALUES ($1, $2, $3, 'staff', 'Planted')`,
        [b, journeyA, herInB],
      ),
    ).rejects.toThrow(/note_journey_id_fkey/);
    const [row]: { primary_advocate_id: string }[] = await t.owner.query(`SELECT primary_advocate_id FROM journey WHERE id = $1`, [journeyA]);
    expect(row.primary_advocate_id).toBe(advocateA.id);
  });
});
