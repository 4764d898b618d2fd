import { BadRequestException } from '@nestjs/common';
import { CHANGE_PROPOSAL_FIELDS, type ChangeProposalTarget } from '@beside/shared/contracts';
import type { VersionedTable } from '../../../database/versioned-update';

interface FieldRule {
  column: string;
  /** A calendar date (YYYY-MM-DD); empty means "no date". */
  date?: boolean;
  /** The column cannot be empty. */
  required?: boolean;
}

/** What each proposable field is in the database. Columns come from here, never from the request. */
export const PROPOSAL_FIELD_RULES: Record<ChangeProposalTarget, Record<string, FieldRule>> = {
  goal: { words: { column: 'words', required: true }, targetDate: { column: 'target_date', date: true } },
  step: { description: { column: 'description', required: true }, dueDate: { column: 'due_date', date: true } },
  note: { body: { column: 'body', required: true } },
  appointment: {
    purpose: { column: 'purpose' },
    location: { column: 'location' },
    professionalOrganisation: { column: 'professional_organisation' },
    outcome: { column: 'outcome' },
  },
  letter: { body: { column: 'body', required: true } },
  safety_plan_section: { body: { column: 'body', required: true } },
};

/** Where a proposal's target lives: a versioned record, or a section of her safety plan (its own rules: the words become hers). */
export type ProposalTable = VersionedTable | 'safety_plan_section';

export const TARGET_TABLE: Record<ChangeProposalTarget, ProposalTable> = {
  goal: 'goal',
  step: 'step',
  note: 'note',
  appointment: 'appointment',
  letter: 'letter',
  safety_plan_section: 'safety_plan_section',
};

/**
 * Checks a proposed value against its field and gives back what the column would hold.
 * The value is kept as she wrote it; only an empty optional field becomes "none".
 */
export function ruleFor(targetType: ChangeProposalTarget, field: string, proposedValue: string): { rule: FieldRule; value: string | null } {
  const rules = PROPOSAL_FIELD_RULES[targetType];
  const rule = Object.prototype.hasOwnProperty.call(rules, field) ? rules[field] : undefined;
  if (!rule) throw new BadRequestException([`field must be one of: ${Object.keys(rules).join(', ')} (for a ${targetType})`]);
  const max = (CHANGE_PROPOSAL_FIELDS[targetType] as Record<string, number>)[field];
  if (proposedValue.length > max) throw new BadRequestException([`proposedValue must be shorter than or equal to ${max} characters`]);
  const empty = proposedValue.trim() === '';
  if (empty && rule.required) throw new BadRequestException(['proposedValue must not be empty']);
  if (!empty && rule.date && !isCalendarDate(proposedValue.trim())) throw new BadRequestException(['proposedValue must be a date written YYYY-MM-DD']);
  return { rule, value: empty ? null : rule.date ? proposedValue.trim() : proposedValue };
}

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
