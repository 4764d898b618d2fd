import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import type { RiskChecklistBody, RiskChecklistView } from '@beside/shared/contracts';
import { checklistBodyOf, RiskChecklistsStore } from '@beside/web/safety/data-access';
import { FlashNotice, FormFlow, type FormErrorItem, type WriteResult } from '@beside/web/core';
import { ErrorSummary, Notice, PageHeader } from '@beside/web/ui';
import { checklistBody, checklistFields, checklistForm, MAX_QUESTIONS, questionForm, type ChecklistForm } from './checklist-form';
import { ChecklistImport } from './checklist-import-panel';
import { placeChecklistMessages } from './checklist-problems';
import { QuestionFields } from './question-fields';
import { SETTINGS, whyFixed } from './settings-words';

/** What the editor is for: a checklist of her own, a new version of one, or a change to a version not yet used. */
export type ChecklistEditorMode = 'own' | 'version' | 'edit';

/** The risk checklist editor: questions in order, answers with weights, guidance, thresholds and where the words come from. */
@Component({
  selector: 'bs-checklist-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, Notice, PageHeader, QuestionFields, ChecklistImport],
  providers: [RiskChecklistsStore],
  templateUrl: './checklist-editor-page.html',
  styleUrl: './checklist-editor-page.scss',
})
export class ChecklistEditorPage {
  readonly mode = input<ChecklistEditorMode>('own');
  readonly checklistKey = input<string>();
  /** The version edited, from the address. */
  readonly version = input<string>();
  protected readonly store = inject(RiskChecklistsStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  protected readonly settings = SETTINGS;
  protected readonly maxQuestions = MAX_QUESTIONS;
  protected readonly checklist = computed<RiskChecklistView | null>(() => {
    const key = this.checklistKey();
    return key ? this.store.checklist(key) : null;
  });
  /** The version the form starts from: the one edited, or the current one for a new version. */
  protected readonly startFrom = computed(() => {
    const key = this.checklistKey();
    if (!key || this.mode() === 'own') return null;
    return this.store.version(key, this.mode() === 'edit' ? Number(this.version()) : undefined);
  });
  protected readonly fixed = computed(() => {
    const v = this.startFrom();
    return this.mode() === 'edit' && v ? whyFixed(v) : null;
  });
  protected readonly missing = computed(() => this.mode() !== 'own' && this.store.checklists() !== null && !this.startFrom());
  protected readonly form: ChecklistForm = checklistForm(null, true, () => (this.store.checklists() ?? []).map((c) => c.key));
  protected readonly flow = new FormFlow(this.form, () => checklistFields(this.form), { unsavedChanges: () => this.form.dirty });
  protected readonly ready = signal(false);
  private placed: FormErrorItem[] = [];

  constructor() {
    void this.store.load();
    effect(() => {
      const from = this.startFrom();
      const loaded = this.store.checklists() !== null;
      untracked(() => {
        if (loaded && !this.ready() && (from || this.mode() === 'own')) this.fill(from ? checklistBodyOf(from) : null);
      });
    });
  }

  protected get questions() {
    return this.form.controls.questions;
  }

  protected message(path: string): string | null {
    this.flow.errors();
    return this.flow.message(path);
  }

  /** A checklist read from JSON goes into the form, to be looked over before it is saved. */
  protected imported(body: RiskChecklistBody & { key?: string }): void {
    const key = this.mode() === 'own' ? (body.key ?? '') : '';
    this.fill(body);
    if (key) this.form.controls.key.setValue(key);
    this.form.markAsDirty();
    this.flow.clear();
  }

  protected addQuestion(): void {
    this.questions.push(questionForm());
    this.form.markAsDirty();
    this.focusLater(`q-${this.questions.length - 1}-text`);
  }

  protected removeQuestion(i: number): void {
    this.questions.removeAt(i);
    this.form.markAsDirty();
    this.focusLater(`q-${Math.min(i, this.questions.length - 1)}-text`, 'add-question');
  }

  protected moveQuestion(i: number, by: number): void {
    const question = this.questions.at(i);
    this.questions.removeAt(i, { emitEvent: false });
    this.questions.insert(i + by, question);
    this.form.markAsDirty();
    // Focus follows the question moved, on the same button while it can still be pressed.
    this.focusLater(`q-${i + by}-${by < 0 ? 'up' : 'down'}`, `q-${i + by}-${by < 0 ? 'down' : 'up'}`);
  }

  protected async save(): Promise<void> {
    const mode = this.mode();
    const key = mode === 'own' ? this.form.controls.key.value : (this.checklistKey() ?? '');
    await this.flow.submit(() => {
      const body = checklistBody(this.form);
      return {
        body: { key, body },
        write: (idempotencyKey: string): Promise<WriteResult<RiskChecklistView>> =>
          mode === 'own'
            ? this.store.create({ key, ...body }, idempotencyKey)
            : mode === 'version'
              ? this.store.addVersion(key, body, idempotencyKey)
              : this.store.editVersion(key, Number(this.version()), body),
        saved: async (saved) => {
          this.form.markAsPristine();
          const words =
            mode === 'own'
              ? `${saved.name} is added to your risk checklists, at version 1.`
              : mode === 'version'
                ? `Version ${saved.currentVersion} of ${saved.name} is saved. New assessments use it from now on; those already made keep their version.`
                : `Version ${this.version()} of ${saved.name} is saved.`;
          this.flash.set(words);
          await this.router.navigate([SETTINGS, 'checklists', saved.key]);
        },
        problem: (problem) => {
          this.placed = placeChecklistMessages(this.form, problem, this.flow.fields);
          return { ...problem, messages: [] };
        },
        summary: () => this.placed,
      };
    });
  }

  private fill(body: RiskChecklistBody | null): void {
    const fresh = checklistForm(body, this.mode() === 'own', () => (this.store.checklists() ?? []).map((c) => c.key));
    for (const name of ['key', 'name', 'guidance', 'source', 'thresholds', 'questions'] as const) this.form.setControl(name, fresh.controls[name] as never);
    this.form.markAsPristine();
    this.ready.set(true);
  }

  // After the list re-renders, the moved, added or next field takes focus, so a keyboard user is not lost.
  private focusLater(...ids: string[]): void {
    setTimeout(() => {
      for (const id of ids) {
        const el = document.getElementById(id) as HTMLButtonElement | null;
        if (el && !el.disabled) {
          el.focus();
          return;
        }
      }
    });
  }
}
