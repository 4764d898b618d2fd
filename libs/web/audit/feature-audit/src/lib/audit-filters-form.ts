import { ChangeDetectionStrategy, Component, effect, input, output, untracked } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AuditFilters } from '@beside/web/audit/data-access';
import { AUDIT_ACTION_GROUPS, AUDIT_OUTCOME_WORDS, type AuditPerson } from '@beside/shared/contracts';
import { PersonPicker } from './person-picker';

/** A person picker holds the chosen person; text typed but not chosen is an error. */
function chosenPerson(control: AbstractControl<AuditPerson | string | null>): ValidationErrors | null {
  const v = control.value;
  return typeof v === 'string' && v.trim() ? { choose: true } : null;
}

/** The search form: who, whose data, what, outcome, and a date range (London days). People are chosen by name. */
@Component({
  selector: 'bs-audit-filters-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, PersonPicker],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" class="filters" aria-label="Search the audit trail">
      <mat-form-field>
        <mat-label>What was done</mat-label>
        <mat-select formControlName="action" id="audit-action">
          <mat-option value="">Anything</mat-option>
          @for (g of groups; track g.pattern) {
            <mat-option [value]="g.pattern">{{ g.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Outcome</mat-label>
        <mat-select formControlName="outcome" id="audit-outcome">
          <mat-option value="">Any</mat-option>
          <mat-option value="success">{{ outcomes['success'] }}</mat-option>
          <mat-option value="denied">{{ outcomes['denied'] }}</mat-option>
          <mat-option value="error">{{ outcomes['error'] }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>From (date)</mat-label>
        <input matInput type="date" formControlName="from" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Until (date, inclusive)</mat-label>
        <input matInput type="date" formControlName="to" />
      </mat-form-field>
      @if (choosePeople()) {
        <bs-person-picker [control]="form.controls.actor" as="actor" label="Who did it" inputId="audit-actor" />
        <bs-person-picker [control]="form.controls.subject" as="subject" label="Whose record (service user)" inputId="audit-subject" />
      }
      <div class="actions">
        <button mat-flat-button type="submit">Search</button>
        <button mat-button type="button" (click)="clear()">Clear</button>
      </div>
    </form>
  `,
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.5rem 1rem;
      align-items: start;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      padding-top: 0.5rem;
    }
  `,
})
export class AuditFiltersForm {
  readonly value = input<AuditFilters>({});
  /** People already named on the page (from the results), so a filter set from there shows a name. */
  readonly known = input<Record<string, AuditPerson>>({});
  /** Whether the people pickers are offered (the whole trail; not the account events). */
  readonly choosePeople = input(true);
  readonly searched = output<AuditFilters>();
  protected readonly groups = AUDIT_ACTION_GROUPS;
  protected readonly outcomes = AUDIT_OUTCOME_WORDS;

  protected readonly form = new FormGroup({
    action: new FormControl('', { nonNullable: true }),
    outcome: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
    actor: new FormControl<AuditPerson | string | null>(null, { validators: [chosenPerson] }),
    subject: new FormControl<AuditPerson | string | null>(null, { validators: [chosenPerson] }),
  });

  constructor() {
    effect(() => {
      const v = this.value();
      const known = this.known();
      const { actor, subject } = untracked(() => this.form.getRawValue());
      // The person already in the box (chosen there), else one named in the results.
      const person = (id: string | undefined, current: AuditPerson | string | null): AuditPerson | null => {
        if (!id) return null;
        if (current && typeof current === 'object' && current.id === id) return current;
        return known[id] ?? { id, name: 'The person chosen', role: null };
      };
      this.form.patchValue(
        {
          action: v.action ?? '',
          outcome: v.outcome ?? '',
          from: v.from?.slice(0, 10) ?? '',
          to: v.to ? dayBefore(v.to.slice(0, 10)) : '',
          actor: person(v.actorId, actor),
          subject: person(v.subjectId, subject),
        },
        { emitEvent: false },
      );
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const idOf = (p: AuditPerson | string | null) => (p && typeof p === 'object' ? p.id : undefined);
    this.searched.emit({
      action: v.action || undefined,
      outcome: (v.outcome || undefined) as AuditFilters['outcome'],
      from: v.from || undefined,
      // "Until" is inclusive for people; the API's `to` is exclusive.
      to: v.to ? dayAfter(v.to) : undefined,
      actorId: idOf(v.actor),
      subjectId: idOf(v.subject),
    });
  }

  protected clear(): void {
    this.form.reset();
    this.searched.emit({});
  }
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
