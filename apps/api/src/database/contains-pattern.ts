/** Escapes LIKE wildcards so that her name is matched as typed: `%term%`, or null for no search. */
export function containsPattern(term: string | undefined): string | null {
  const t = term?.trim();
  return t ? `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}
