/** Where an entry of the catalogue comes from: a default as shipped, a default the organisation changed, or its own. */
export type CatalogueOrigin = 'default' | 'changed' | 'own';

export function catalogueOrigin(entry: { shipped: boolean; changed: boolean }): CatalogueOrigin {
  if (!entry.shipped) return 'own';
  return entry.changed ? 'changed' : 'default';
}
