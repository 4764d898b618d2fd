import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AuditFilters } from '@beside/web/audit/data-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The search form: who, whose data, what, outcome, and a date range (London days). */
@Component({
  selector: 'bs-audit-filters-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" class="filters" aria-label="Search the audit trail">
      <mat-form-field>
        <mat-label>Action</mat-label>
        <input matInput formControlName="action" placeholder="journey.read or journey.*" />
        <mat-hint>For example journey.* for everything done to journeys</mat-hint>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Outcome</mat-label>
        <mat-select formControlName="outcome">
          <mat-option value="">Any</mat-option>
          <mat-option value="success">Success</mat-option>
          <mat-option value="denied">Denied</mat-option>
          <mat-option value="error">Error</mat-option>
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
      <mat-form-field>
        <mat-label>Person who did it (id)</mat-label>
        <input matInput formControlName="actorId" />
        <mat-hint>Or choose "only this person" in the results</mat-hint>
        <mat-error>Paste the whole id, for example 3f2b…-…</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Service user (id)</mat-label>
        <input matInput formControlName="subjectId" />
        <mat-hint>Or choose "only about her" in the results</mat-hint>
        <mat-error>Paste the whole id, for example 3f2b…-…</mat-error>
      </mat-form-field>
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
  readonly searched = output<AuditFilters>();

  protected readonly form = new FormGroup({
    action: new FormControl('', { nonNullable: true }),
    outcome: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
    actorId: new FormControl('', { nonNullable: true, validators: [Validators.pattern(UUID)] }),
    subjectId: new FormControl('', { nonNullable: true, validators: [Validators.pattern(UUID)] }),
  });

  constructor() {
    effect(() => {
      const v = this.value();
      this.form.patchValue(
        {
          action: v.action ?? '',
          outcome: v.outcome ?? '',
          from: v.from?.slice(0, 10) ?? '',
          to: v.to ? dayBefore(v.to.slice(0, 10)) : '',
          actorId: v.actorId ?? '',
          subjectId: v.subjectId ?? '',
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
    this.searched.emit({
      action: v.action.trim() || undefined,
      outcome: (v.outcome || undefined) as AuditFilters['outcome'],
      from: v.from || undefined,
      // "Until" is inclusive for people; the API's `to` is exclusive.
      to: v.to ? dayAfter(v.to) : undefined,
      actorId: v.actorId.trim() || undefined,
      subjectId: v.subjectId.trim() || undefined,
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
