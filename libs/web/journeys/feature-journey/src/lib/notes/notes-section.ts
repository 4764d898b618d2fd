import { ChangeDetectionStrategy, Component, effect, inject, input, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { NoteVisibility } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneyStore, NotesStore } from '@beside/web/journeys/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';
import { NoteItem } from './note-item';

const FIELDS: FieldDescriptions<'body'> = {
  body: { id: 'note-body', label: 'Note', messages: { required: 'Write the note', maxlength: 'The note must be 10,000 characters or fewer' } },
};

@Component({
  selector: 'bs-notes-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ErrorSummary, CharCount, NoteItem],
  template: `
    <div class="bs-tab-body">
      @if (canChange()) {
      <section class="bs-section" aria-labelledby="write-note-heading">
        <h2 id="write-note-heading">Write a note</h2>
        <bs-error-summary [errors]="flow.errors()" />
        <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field class="bs-field bs-field--wide">
            <mat-label>Note</mat-label>
            <textarea matInput [id]="fields.body.id" formControlName="body" rows="4"></textarea>
            <mat-hint><bs-char-count [value]="form.controls.body.value" [max]="maxBody" /></mat-hint>
            <mat-error>{{ flow.message('body') }}</mat-error>
          </mat-form-field>
          <fieldset class="bs-visibility">
            <legend>Who can read it</legend>
            <mat-radio-group formControlName="visibility" aria-label="Who can read it">
              <mat-radio-button value="staff">Staff only</mat-radio-button>
              <mat-radio-button value="shared">Shared with her (she sees it in her own screens)</mat-radio-button>
            </mat-radio-group>
          </fieldset>
          <button mat-flat-button type="submit" [disabled]="flow.pending()">Save note</button>
        </form>
      </section>
      }
      <section class="bs-section" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        @if (store.notes.error()) {
          <p class="bs-inline-error" role="alert">{{ store.notes.error() }}</p>
        }
        @for (note of store.notes.items(); track note.id) {
          <bs-note-item [note]="note" />
        } @empty {
          @if (store.notes.loaded()) {
            <p>No notes yet.</p>
          }
        }
        @if (store.notes.hasMore()) {
          <button mat-stroked-button type="button" (click)="store.notes.more()">Show older notes</button>
        }
      </section>
    </div>
  `,
  styles: `
    .bs-field--wide {
      max-width: 44rem;
    }
    .bs-visibility {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bs-visibility legend {
      font-weight: 600;
    }
    .bs-visibility mat-radio-group {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class NotesSection {
  /** False under a read-only emergency grant: nothing here may be changed. */
  protected readonly canChange = inject(JourneyStore).canChange;
  readonly journeyId = input.required<string>();
  protected readonly store = inject(NotesStore);
  protected readonly fields = FIELDS;
  protected readonly maxBody = 10000;
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(this.maxBody)] }),
    visibility: new FormControl<NoteVisibility>('staff', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const note = { body: v.body.trim(), visibility: v.visibility };
      return { body: note, write: (key) => this.store.write(note, key), saved: () => this.formDir()?.resetForm({ body: '', visibility: v.visibility }) };
    });
  }
}
