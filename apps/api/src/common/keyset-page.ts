import type { Page } from '@beside/shared/util';
import { decodeCursor, encodeCursor } from './cursor';

/** What a keyset page asks for: its size (50 unless she says) and the cursor read back (a bad one is a 400 before any work). */
export function pageRequest(query: { limit?: number; cursor?: string }): { limit: number; after: (string | number)[] | null } {
  return { limit: query.limit ?? 50, after: decodeCursor(query.cursor, 2) };
}

/** Of the limit + 1 rows a keyset query read: the page to answer, and the cursor after its last row (null on the last page). */
export function cutPage<Row extends { id: string }>(rows: Row[], limit: number, keyOf: (row: Row) => string | number): { page: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last ? encodeCursor([keyOf(last), last.id]) : null };
}

/** A row of a keyset query ordered by its `cursor_at`, then its id. */
export interface KeysetRow {
  id: string;
  cursor_at: string | number;
}

/** Of the limit + 1 rows a keyset query read by `cursor_at`: the rows on the page, and the page as the API answers it (without the key). */
export function keysetPage<Row extends KeysetRow>(rows: Row[], limit: number): { rows: Row[]; page: Page<Omit<Row, 'cursor_at'>> } {
  const { page, nextCursor } = cutPage(rows, limit, (r) => r.cursor_at);
  return { rows: page, page: { items: page.map(({ cursor_at: _c, ...item }) => item), nextCursor } };
}
