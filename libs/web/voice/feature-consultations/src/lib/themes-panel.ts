import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { ConsultationThemeView } from '@beside/shared/contracts';
import { confirmWith, FormFlow, type FieldDescriptions } from '@beside/web/core';
import { ConsultationTextsStore } from '@beside/web/voice/data-access';
import { ErrorSummary, FormField, Notice } from '@beside/web/ui';
import { countWords } from './consultation-words';

const nameRule = [Validators.required, Validators.pattern(/\S/), Validators.maxLength(200)];
const nameMessages = { required: 'Enter the theme’s name', pattern: 'Enter the theme’s name', maxlength: 'Keep the name to 200 characters or fewer' };
const ADD_FIELDS: FieldDescriptions<'name'> = { name: { id: 'new-theme-name', label: 'Name', messages: nameMessages } };
const RENAME_FIELDS: FieldDescriptions<'name'> = { name: { id: 'rename-theme-name', label: 'New name', messages: nameMessages } };

/** The consultation's themes with how many answers carry each: add one, rename one. */
@Component({
  selector: 'bs-themes-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, ErrorSummary, FormField, Notice],
  template: `
    <section class="bs-section" aria-labelledby="themes-heading">
      <h2 id="themes-heading">Themes</h2>
      @if (done(); as d) {
        <bs-notice kind="success" id="themes-done" tabindex="-1">{{ d }}</bs-notice>
      }
      @if (problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      @if (store.themes().length) {
        <ul class="bs-theme-list">
          @for (t of store.themes(); track t.id) {
            <li>
              @if (renaming() === t.id) {
                <bs-error-summary [errors]="renameFlow.errors()" />
                <form class="bs-inline-form" [formGroup]="renameForm" (ngSubmit)="rename(t)" novalidate>
                  <bs-form-field name="name" [flow]="renameFlow" label="New name" [maxlength]="200" autocomplete="off" />
                  <button mat-stroked-button type="submit" [disabled]="renameFlow.pending()">Save the name</button>
                  <button mat-button type="button" (click)="renaming.set(null)">Cancel</button>
                </form>
              } @else {
                <strong>{{ t.name }}</strong><span class="bs-secondary-text">, in {{ count(t.answers) }} {{ t.answers === 1 ? 'answer' : 'answers' }}</span>
                <button class="bs-link-button" type="button" (click)="startRename(t)">Rename<span class="bs-visually-hidden"> {{ t.name }}</span></button>
                <button class="bs-link-button" type="button" (click)="remove(t)">Remove<span class="bs-visually-hidden"> {{ t.name }}</span></button>
              }
            </li>
          }
        </ul>
      } @else {
        <p>No themes yet. Add the first as you read the answers.</p>
      }
      <bs-error-summary [errors]="addFlow.errors()" />
      <form class="bs-inline-form" [formGroup]="addForm" (ngSubmit)="add()" novalidate>
        <bs-form-field name="name" [flow]="addFlow" label="New theme" [maxlength]="200" autocomplete="off" />
        <button mat-stroked-button type="submit" [disabled]="addFlow.pending()">Add the theme</button>
      </form>
    </section>
  `,
  styles: `
    .bs-theme-list {
      padding-left: 1.25rem;
    }
    .bs-theme-list li {
      margin: 0 0 0.5rem;
    }
    .bs-theme-list .bs-link-button {
      margin-left: 0.75rem;
    }
    .bs-inline-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      align-items: baseline;
    }
  `,
})
export class ThemesPanel {
  protected readonly store = inject(ConsultationTextsStore);
  protected readonly count = countWords;
  protected readonly done = signal<string | null>(null);
  protected readonly renaming = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  private readonly dialog = inject(MatDialog);
  protected readonly addForm = new FormGroup({ name: new FormControl('', { nonNullable: true, validators: nameRule }) });
  protected readonly addFlow = new FormFlow(this.addForm, ADD_FIELDS, { unsavedChanges: true });
  protected readonly renameForm = new FormGroup({ name: new FormControl('', { nonNullable: true, validators: nameRule }) });
  protected readonly renameFlow = new FormFlow(this.renameForm, RENAME_FIELDS);

  protected async add(): Promise<void> {
    const name = this.addForm.getRawValue().name.trim();
    await this.addFlow.submit({
      body: { name },
      write: (key) => this.store.createTheme({ name }, key),
      saved: (theme) => {
        this.addForm.reset();
        this.done.set(`Theme “${theme.name}” added.`);
      },
    });
  }

  protected async remove(theme: ConsultationThemeView): Promise<void> {
    const yes = await confirmWith(this.dialog, {
      title: `Remove the theme “${theme.name}”?`,
      body: 'The answers tagged with it keep their other themes. Any quote under it stays, without a theme.',
      confirm: 'Remove the theme',
      cancel: 'Keep it',
    });
    if (!yes) return;
    this.problem.set(null);
    const result = await this.store.deleteTheme(theme.id);
    if (!result.ok) return this.problem.set(result.problem.messages.join(' '));
    this.done.set(`Theme “${theme.name}” removed.`);
    setTimeout(() => document.getElementById('themes-done')?.focus());
  }

  protected startRename(theme: ConsultationThemeView): void {
    this.renameForm.reset({ name: theme.name });
    this.renameFlow.clear();
    this.renaming.set(theme.id);
    setTimeout(() => document.getElementById(RENAME_FIELDS.name.id)?.focus());
  }

  protected async rename(theme: ConsultationThemeView): Promise<void> {
    const name = this.renameForm.getRawValue().name.trim();
    await this.renameFlow.submit({
      body: { name },
      write: () => this.store.renameTheme(theme.id, { name }),
      saved: (renamed) => {
        this.renaming.set(null);
        this.done.set(`Renamed to “${renamed.name}”.`);
      },
    });
  }
}
