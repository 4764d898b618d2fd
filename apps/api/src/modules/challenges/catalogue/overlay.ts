/** A row of an organisation's own: a changed default (same key) or an addition, perhaps archived. */
export interface OwnRow<T> {
  key: string;
  definition: T;
  archived: boolean;
}

/** The defaults in the code with the organisation's changes laid over them, then its own additions. */
export function overlay<T extends { key: string }>(defaults: readonly T[], rows: OwnRow<T>[]): (T & { shipped: boolean; changed: boolean; archived: boolean })[] {
  const own = new Map(rows.map((r) => [r.key, r]));
  const changed = defaults.map((d) => {
    const row = own.get(d.key);
    return row ? { ...row.definition, key: d.key, shipped: true, changed: true, archived: row.archived } : { ...d, shipped: true, changed: false, archived: false };
  });
  const added = rows.filter((r) => !defaults.some((d) => d.key === r.key)).map((r) => ({ ...r.definition, key: r.key, shipped: false, changed: true, archived: r.archived }));
  return [...changed, ...added];
}
