import { BadRequestException } from '@nestjs/common';

/** The merge fields a letter template may use, and what each is. */
export const MERGE_FIELDS = {
  'her.name': 'Her name',
  'her.preferredName': 'The name she likes to be called',
  'her.dateOfBirth': 'Her date of birth',
  'body.name': 'The body challenged',
  'challenge.type': 'The kind of challenge, e.g. NHS complaint',
  'challenge.herWords': 'What she wants, in her words',
  'challenge.eventOn': 'The date of the event or decision challenged',
  'challenge.awareOn': 'When she became aware of it',
  'stage.name': 'The current stage',
  'stage.deadline': 'The current stage\'s deadline',
  'advocate.name': 'Her advocate',
  today: "Today's date",
} as const;
export type MergeField = keyof typeof MERGE_FIELDS;

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The fields a template names; an unknown one is a clear 400 naming it (and the known ones). */
export function templateFields(template: string): MergeField[] {
  const names = [...template.matchAll(FIELD)].map((m) => m[1]);
  const unknown = names.filter((n) => !(n in MERGE_FIELDS));
  if (unknown.length) {
    throw new BadRequestException([`body names unknown merge fields: ${[...new Set(unknown)].map((n) => `{{${n}}}`).join(', ')}; known: ${Object.keys(MERGE_FIELDS).join(', ')}`]);
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
