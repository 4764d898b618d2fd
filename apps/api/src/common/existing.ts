/**
 * A record this same transaction has just written or found in reach: read back, it is there. Its absence would
 * be a fault of ours, answered 500, never an empty 200. (What repositories' `find…` return as `T | null`.)
 */
export function existing<T>(row: T | null, what: string): T {
  if (row === null) throw new Error(`${what} is missing from its own transaction`);
  return row;
}
