import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AUDIT_ROLE_WORDS, type AuditPerson } from '@beside/shared/contracts';
import { AuditStore } from '@beside/web/audit/data-access';

/** A person chosen by name (never by typing an id): the control holds the chosen person, or the text typed so far. */
@Component({
  selector: 'bs-person-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field class="picker">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [id]="inputId()" [formControl]="control()" [matAutocomplete]="auto" (input)="typed()" autocomplete="off" />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="nameOf" autoActiveFirstOption>
        @for (p of options(); track p.id) {
          <mat-option [value]="p">{{ p.name }}{{ p.role ? ' (' + roleWords[p.role] + ')' : '' }}</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ hint() }}</mat-hint>
      <mat-error>Choose a person from the list, or clear the box</mat-error>
    </mat-form-field>
  `,
  styles: `
    .picker {
      width: 100%;
    }
  `,
})
export class PersonPicker {
  readonly control = input.required<FormControl<AuditPerson | string | null>>();
  readonly as = input.required<'actor' | 'subject'>();
  readonly label = input.required<string>();
  readonly hint = input('Type part of a name, then choose');
  readonly inputId = input.required<string>();
  private readonly store = inject(AuditStore);
  protected readonly options = signal<AuditPerson[]>([]);
  protected readonly roleWords = AUDIT_ROLE_WORDS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected nameOf(person: AuditPerson | string | null): string {
    return typeof person === 'string' ? person : (person?.name ?? '');
  }

  /** Asks the API for matching names a moment after typing stops; only the latest answer is shown. */
  protected typed(): void {
    clearTimeout(this.timer);
    const value = this.control().value;
    const q = typeof value === 'string' ? value.trim() : '';
    const ask = ++this.asked;
    this.timer = setTimeout(async () => {
      const people = await this.store.findPeople(this.as(), q);
      if (ask === this.asked) this.options.set(people ?? []);
    }, 250);
  }
}
