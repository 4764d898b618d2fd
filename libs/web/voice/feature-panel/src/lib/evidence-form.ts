import { type AbstractControl, FormArray, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import type { FindingEvidenceBody } from '@beside/shared/contracts';

/** One piece of evidence as the form holds it: '' for "none chosen". */
export type EvidenceGroup = FormGroup<{
  consultationId: FormControl<string>;
  questionId: FormControl<string>;
  themeId: FormControl<string>;
  quoteId: FormControl<string>;
  note: FormControl<string>;
}>;

export function evidenceGroup(): EvidenceGroup {
  const text = (validators = [Validators.nullValidator]) => new FormControl('', { nonNullable: true, validators });
  return new FormGroup({
    consultationId: text([Validators.required]),
    questionId: text(),
    themeId: text(),
    quoteId: text(),
    note: text([Validators.required, Validators.pattern(/\S/)]),
  });
}

/** At least one piece of evidence, each with a consultation and a note in plain words. */
export function evidenceComplete(control: AbstractControl): ValidationErrors | null {
  const items = (control as FormArray<EvidenceGroup>).controls;
  if (!items.length) return { required: true };
  return items.some((g) => g.invalid) ? { incomplete: true } : null;
}

/** The field the summary's line about evidence leads to: the first one missing, else the first consultation. */
export function firstMissingEvidenceField(evidence: FormArray<EvidenceGroup>): string {
  const i = evidence.controls.findIndex((g) => g.invalid);
  if (i < 0) return 'evidence-0-consultation';
  return `evidence-${i}-${evidence.at(i).controls.consultationId.invalid ? 'consultation' : 'note'}`;
}

export function evidenceBody(group: EvidenceGroup): FindingEvidenceBody {
  const v = group.getRawValue();
  return { consultationId: v.consultationId, questionId: v.questionId || null, themeId: v.themeId || null, quoteId: v.quoteId || null, note: v.note.trim() };
}
