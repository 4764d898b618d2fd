import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { NoteView, NoteVisibility } from '@beside/shared/contracts';
import { FormFlow } from '@beside/web/core';
import { JourneyStore, NotesStore } from '@beside/web/journeys/data-access';
import { NOTE_VISIBILITY_LABELS } from '@beside/web/journeys/ui';
import { CharCount, ConflictNotice, LondonPipe } from '@beside/web/ui';

@Component({
  selector: 'bs-note-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ConflictNotice, CharCount, LondonPipe],
  template: `
    <article class="bs-note" [attr.aria-label]="'Note of ' + (note().createdAt | london: 'dateTime')">
      <p class="bs-note__meta">
        <span class="bs-note__vis" [class.bs-note__vis--shared]="note().visibility === 'shared'">{{ labels[note().visibility] }}</span>
        {{ note().createdByName || 'Unknown' }}, {{ note().createdAt | london: 'dateTime' }}
        @if (note().version > 1) {
          <span class="bs-secondary-text">(edited {{ note().updatedAt | london: 'dateTime' }})</span>
        }
      </p>
      @if (flow.conflict(); as message) {
        <bs-conflict-notice [message]="message" (reapply)="reapply()" (dismiss)="dismiss()">
          <p>Their version:</p>
          <blockquote class="bs-note__body">{{ current()?.body }}</blockquote>
        </bs-conflict-notice>
      }
      @if (editing()) {
        <form [formGroup]="form" (ngSubmit)="save()" aria-label="Edit note">
          <mat-form-field class="bs-note__edit">
            <mat-label>Note</mat-label>
            <textarea matInput [id]="'note-edit-' + note().id" formControlName="body" rows="4"></textarea>
            <mat-hint><bs-char-count [value]="form.controls.body.value" [max]="maxBody" /></mat-hint>
            <mat-error>Write the note</mat-error>
          </mat-form-field>
          <mat-radio-group formControlName="visibility" aria-label="Who can read it" class="bs-note__radios">
            <mat-radio-button value="staff">Staff only</mat-radio-button>
            <mat-radio-button value="shared">Shared with her</mat-radio-button>
          </mat-radio-group>
          <div class="bs-actions">
            <button mat-flat-button type="submit">Save changes</button>
            <button mat-button type="button" (click)="editing.set(false)">Cancel</button>
          </div>
        </form>
      } @else {
        <p class="bs-note__body">{{ note().body }}</p>
        <div class="bs-actions">
          @if (canChange()) {
            <button mat-button type="button" (click)="edit()">Edit</button>
          }
          @if (note().version > 1) {
            <button mat-button type="button" (click)="toggleHistory()" [attr.aria-expanded]="showHistory()">
              {{ showHistory() ? 'Hide' : 'Show' }} earlier versions
            </button>
          }
        </div>
      }
      @if (showHistory()) {
        <ol class="bs-note__history" aria-label="Earlier versions">
          @for (v of history(); track v.version) {
            <li>
              <span class="bs-secondary-text">Version {{ v.version }}, {{ v.writtenByName || 'unknown' }}, {{ v.writtenAt | london: 'dateTime' }}, {{ labels[v.visibility] }}</span>
              <p class="bs-note__body">{{ v.body }}</p>
            </li>
          }
        </ol>
      }
      @if (flow.errors()[0]; as problem) {
        <p class="bs-inline-error" role="alert">{{ problem.message }}</p>
      }
    </article>
  `,
  styles: `
    .bs-note { border-bottom: 1px solid var(--mat-sys-outline-variant); padding: 0.75rem 0; }
    .bs-note__meta { margin: 0 0 0.25rem; }
    .bs-note__vis { font-weight: 600; padding: 0 0.5rem; border-radius: 4px; background: #e8e8e8; color: #333; margin-right: 0.25rem; }
    .bs-note__vis--shared { background: #d8f0e0; color: #0b4021; }
    .bs-note__body { white-space: pre-wrap; margin: 0.25rem 0; }
    .bs-note__edit { width: 100%; max-width: 44rem; }
    .bs-note__radios { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .bs-note__history { padding-left: 1.25rem; }
  `,
})
export class NoteItem {
  /** False under a read-only emergency grant: nothing here may be changed. */
  protected readonly canChange = inject(JourneyStore).canChange;
  readonly note = input.required<NoteView>();
  private readonly store = inject(NotesStore);
  protected readonly labels = NOTE_VISIBILITY_LABELS;
  protected readonly editing = signal(false);
  protected readonly showHistory = signal(false);
  /** After a conflict: the note as it is now, shown beside her edit. */
  protected readonly current = signal<NoteView | null>(null);
  protected readonly history = computed(() => this.store.history()[this.note().id] ?? []);
  protected readonly maxBody = 10000;
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(this.maxBody)] }),
    visibility: new FormControl<NoteVisibility>('staff', { nonNullable: true }),
  });
  // No summary here: the field says what is missing, and one line under the note what the API answered.
  protected readonly flow = new FormFlow(this.form, {}, { unsavedChanges: () => this.editing() && this.form.dirty });

  protected edit(): void {
    this.form.setValue({ body: this.note().body, visibility: this.note().visibility });
    this.editing.set(true);
  }

  protected async toggleHistory(): Promise<void> {
    if (!this.showHistory()) await this.store.loadHistory(this.note().id);
    this.showHistory.update((v) => !v);
  }

  protected async save(version = this.note().version): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const v = this.form.getRawValue();
    const changes = { body: v.body.trim(), visibility: v.visibility };
    await this.flow.send({
      body: changes,
      write: () => this.store.edit(this.note(), changes, version),
      saved: () => {
        this.editing.set(false);
        this.showHistory.set(false);
      },
      conflict: ({ current }) => this.current.set(current),
      summary: (_, problem) => [{ message: problem.messages.join(' ') }],
    });
  }

  // Her edit is still in the form: send it again on top of the version that is there now.
  protected reapply(): void {
    const current = this.current();
    if (current) void this.save(current.version);
  }

  protected dismiss(): void {
    const current = this.current();
    this.flow.conflict.set(null);
    this.editing.set(false);
    if (current) this.store.notes.replace(current, (a, b) => a.id === b.id);
  }
}
