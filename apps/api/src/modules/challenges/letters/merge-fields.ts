import { BadRequestException } from '@nestjs/common';
import { LETTER_MERGE_FIELDS as MERGE_FIELDS, type LetterMergeField as MergeField } from '@beside/shared/contracts';

export type { MergeField };

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The fields a template names; an unknown one is a clear 400 naming it (and the known ones). */
export function templateFields(template: string, field: 'body' | 'title' = 'body'): MergeField[] {
  const names = [...template.matchAll(FIELD)].map((m) => m[1]);
  const unknown = names.filter((n) => !(n in MERGE_FIELDS));
  if (unknown.length) {
    throw new BadRequestException([`${field} names unknown merge fields: ${[...new Set(unknown)].map((n) => `{{${n}}}`).join(', ')}; known: ${Object.keys(MERGE_FIELDS).join(', ')}`]);
  }
  return [...new Set(names)] as MergeField[];
}

/** The template with every field filled; a field with no value for this challenge is a 400 naming it, never an empty gap. */
export function fillTemplate(template: string, values: Partial<Record<MergeField, string | null>>): string {
  const missing = templateFields(template).filter((f) => !values[f]?.trim());
  if (missing.length) {
    throw new BadRequestException([
      `this letter needs ${missing.map((f) => `${MERGE_FIELDS[f].toLowerCase()} ({{${f}}})`).join(', ')}, which this challenge does not have yet: add it, or choose another template`,
    ]);
  }
  return template.replace(FIELD, (_, name: MergeField) => values[name] as string);
}
