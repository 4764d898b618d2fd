import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONSULTATION_QUESTION_KINDS, type ConsultationQuestionBody, type ConsultationView } from '@beside/shared/contracts';
import { FormFlow } from '@beside/web/core';
import { ConsultationsStore } from '@beside/web/voice/data-access';
import { ConflictNotice, ErrorSummary, FormField, Notice } from '@beside/web/ui';
import { KIND_WORDS } from './consultation-words';
import { choiceForm, nextChoiceKey, questionBody, questionFields, questionForm, type QuestionForm } from './question-form-model';

/** The questions of a draft: add, reorder, remove; each kind, its words in plain, easy read and a second language. */
@Component({
  selector: 'bs-questions-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ConflictNotice, ErrorSummary, FormField, Notice],
  templateUrl: './questions-editor.html',
  styleUrl: './questions-editor.scss',
})
export class QuestionsEditor {
  private readonly store = inject(ConsultationsStore);
  readonly consultation = input.required<ConsultationView>();
  /** What the questions are now, as typed, for the preview. */
  readonly changed = output<ConsultationQuestionBody[]>();
  /** "Preview this question": its screen number (1 for the first). */
  readonly preview = output<number>();
  protected readonly kinds = KIND_WORDS;
  protected readonly kindValues = CONSULTATION_QUESTION_KINDS;
  protected readonly questions = new FormArray<QuestionForm>([]);
  protected readonly form = new FormGroup({ questions: this.questions });
  protected readonly flow = new FormFlow(this.form, () => questionFields(this.questions), { unsavedChanges: true });
  protected readonly saved = signal<string | null>(null);
  private filledFor: string | null = null;

  constructor() {
    effect(() => {
      const c = this.consultation();
      untracked(() => {
        if (c.id !== this.filledFor) this.fill(c);
      });
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      for (const question of this.questions.controls) this.fitChoices(question);
      this.changed.emit(this.bodies());
    });
  }

  protected bodies(): ConsultationQuestionBody[] {
    return this.questions.controls.map(questionBody);
  }

  protected add(): void {
    this.questions.push(questionForm());
    this.form.markAsDirty();
    this.focusLater(`question-${this.questions.length - 1}-words`);
  }

  protected remove(i: number): void {
    this.questions.removeAt(i);
    this.form.markAsDirty();
    this.focusLater(this.questions.length ? `question-${Math.min(i, this.questions.length - 1)}-words` : 'add-question');
  }

  protected moveQuestion(i: number, by: number): void {
    const question = this.questions.at(i);
    this.questions.removeAt(i, { emitEvent: false });
    this.questions.insert(i + by, question);
    this.form.markAsDirty();
    this.focusLater(`question-${i + by}-${by < 0 ? 'up' : 'down'}`, `question-${i + by}-words`);
  }

  /** A choice question starts with two empty choices; any other kind keeps none. */
  private fitChoices(question: QuestionForm): void {
    const kind = question.controls.kind.value;
    const choices = question.controls.choices;
    const takesChoices = kind === 'single' || kind === 'several';
    if (takesChoices && choices.length === 0) {
      choices.push(choiceForm({ key: 'a' }), { emitEvent: false });
      choices.push(choiceForm({ key: 'b' }), { emitEvent: false });
    } else if (!takesChoices && choices.length) {
      choices.clear({ emitEvent: false });
    } else {
      return;
    }
    question.updateValueAndValidity({ emitEvent: false });
  }

  protected addChoice(i: number): void {
    const question = this.questions.at(i);
    question.controls.choices.push(choiceForm({ key: nextChoiceKey(question) }));
    this.form.markAsDirty();
    this.focusLater(`question-${i}-choice-${question.controls.choices.length - 1}-words`);
  }

  protected removeChoice(i: number, j: number): void {
    this.questions.at(i).controls.choices.removeAt(j);
    this.form.markAsDirty();
    this.focusLater(`question-${i}-add-choice`);
  }

  protected message(path: string): string | null {
    this.flow.errors();
    return this.flow.message(path);
  }

  protected async save(): Promise<void> {
    this.saved.set(null);
    const questions = this.bodies();
    await this.flow.submit({
      body: questions,
      write: () => this.store.replaceQuestions(questions),
      saved: (c) => {
        this.fill(c);
        this.saved.set(`Saved ${c.questions.length} ${c.questions.length === 1 ? 'question' : 'questions'}.`);
      },
      conflict: ({ current }) => this.store.useCurrent(current),
    });
  }

  protected reload(): void {
    this.flow.conflict.set(null);
    const c = this.store.current();
    if (c) this.fill(c);
  }

  private fill(c: ConsultationView): void {
    this.filledFor = c.id;
    this.questions.clear({ emitEvent: false });
    for (const q of c.questions) this.questions.push(questionForm({ ...q, textLimit: q.textLimit ?? undefined }), { emitEvent: false });
    if (c.locked) this.form.disable({ emitEvent: false });
    this.form.markAsPristine();
    this.changed.emit(this.bodies());
  }

  // After the list re-renders, the moved, added or next field takes focus, so a keyboard user is not lost.
  private focusLater(...ids: string[]): void {
    setTimeout(() => {
      for (const id of ids) {
        const el = document.getElementById(id);
        if (el && !(el as HTMLButtonElement).disabled) {
          el.focus();
          return;
        }
      }
    });
  }
}
