import { BadRequestException } from '@nestjs/common';

/** Keyset cursors: the sort key of the last row, opaque to the client. */
export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === arity && parsed.every((p) => typeof p === 'string' || typeof p === 'number')) {
      return parsed;
    }
  } catch {
    // fall through
  }
  throw new BadRequestException('cursor is not valid; start again from the first page');
}
