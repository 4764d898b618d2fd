import { BadRequestException } from '@nestjs/common';

/** Free text as stored: trimmed, and refused (naming the field) when nothing is left. */
export function filled(field: string, value: string): string {
  const text = value.trim();
  if (!text) throw new BadRequestException([`${field} must not be empty`]);
  return text;
}
