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
