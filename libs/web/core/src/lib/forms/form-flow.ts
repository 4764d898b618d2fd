import { signal, type Signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import { isObservable, type Observable } from 'rxjs';
import { trackUnsavedChanges } from '../guards/unsaved-changes';
import type { ApiProblem } from '../http/api-problem';
import type { VersionConflictProblem } from '../http/version-conflict';
import { attemptWrite, type WriteResult } from '../http/write-result';
import { applyApiProblem, collectFormErrors, fieldErrorMessage, type FieldDescriptions, type FormErrorItem } from './form-errors';
import { FormSubmission } from './form-submission';

/** What one submit sends and what happens to the answer. */
export interface FormSend<B, T, C = T> {
  /** What the form sends; it also decides whether a retry may reuse the last Idempotency-Key. */
  body: B;
  /** The write, given this submission's Idempotency-Key: a store's WriteResult, or a request (its error becomes the problem). */
  write: (idempotencyKey: string) => Promise<WriteResult<T, C>> | Observable<T>;
  /** After a successful write; the summary and any conflict notice are already cleared. */
  saved?: (value: T) => void | Promise<void>;
  /**
   * A stale version (409 with the current record): `conflict()` holds the problem's words for the ConflictNotice, and
   * a function here may first put the current record on the form. Without it a 409 is shown like any other problem.
   */
  conflict?: 'notice' | ((conflict: VersionConflictProblem<C>) => void);
  /** Any other problem: rewrite it before it is put on the fields, or deal with it here and return null. */
  problem?: (problem: ApiProblem) => ApiProblem | null;
  /** The summary's lines for a problem, from what would be shown. */
  summary?: (items: FormErrorItem[], problem: ApiProblem) => FormErrorItem[];
}

export interface FormFlowOptions<K extends string> {
  /** The one field a general 4xx message must be about (a wrong code on a one-field form). */
  fallbackField?: K | (() => K);
  /**
   * Ask before the page is left while the form holds what was typed and not saved (`trackUnsavedChanges`): `true` for
   * "while the form is dirty", or a test of its own. Only where there is an injection context (a component's fields).
   */
  unsavedChanges?: true | (() => boolean);
}

/**
 * The one way a Beside form submits. It owns the whole ritual: mark every field touched and stop with the error summary
 * (which takes focus) when the form is invalid; at most one submission in flight, decided in the click itself; an
 * Idempotency-Key per submission, reused when the same body is sent again after an answer that may not have arrived;
 * the API's problem put on its fields and in the summary; a stale version shown as "someone else changed this"; and,
 * with `unsavedChanges`, a question before the page is left with what was typed not saved.
 *
 * Bind the template to `errors()`, `pending()`, `conflict()` and `message(field)`.
 */
export class FormFlow<F extends FormGroup = FormGroup, K extends string = string> {
  private readonly submission = new FormSubmission();
  /** The error summary's lines. */
  readonly errors = signal<FormErrorItem[]>([]);
  /** The words of a version conflict while its notice is showing, else null. */
  readonly conflict = signal<string | null>(null);
  /** True while a submission is on its way: bind the submit button's `disabled` to it. */
  readonly pending: Signal<boolean> = this.submission.pending;

  constructor(
    readonly form: F,
    private readonly descriptions: FieldDescriptions<K> | (() => FieldDescriptions<K>),
    private readonly options: FormFlowOptions<K> = {},
  ) {
    const unsaved = options.unsavedChanges;
    if (unsaved) trackUnsavedChanges(unsaved === true ? () => form.dirty : unsaved);
  }

  get fields(): FieldDescriptions<K> {
    return typeof this.descriptions === 'function' ? this.descriptions() : this.descriptions;
  }

  /** The message under one field, or null when it is fine. */
  message(field: K): string | null {
    return fieldErrorMessage(this.form.get(field), this.fields[field]);
  }

  /**
   * Whether the form may be sent. When it may not, every field shows its error and the summary lists them.
   * Use with `send` when something must happen between the check and the write (nothing changed, a confirmation).
   */
  validate(): boolean {
    if (this.form.valid) return true;
    this.form.markAllAsTouched();
    this.errors.set(collectFormErrors(this.form, this.fields));
    return false;
  }

  /** Checks the form, then sends it (see `send`). `null` when nothing was sent. */
  async submit<B, T, C = T>(steps: FormSend<B, T, C> | (() => FormSend<B, T, C>)): Promise<WriteResult<T, C> | null> {
    if (this.pending() || !this.validate()) return null;
    return this.send(typeof steps === 'function' ? steps() : steps);
  }

  /**
   * Sends the body unless a submission is already pending, and puts the answer on the form. `saved` runs while the
   * submission still counts as pending, so a click during what follows (a navigation) sends nothing.
   */
  async send<B, T, C = T>(steps: FormSend<B, T, C>): Promise<WriteResult<T, C> | null> {
    const result = await this.submission.run<T, C>(steps.body, async (key) => {
      const write = steps.write(key);
      const answer = await (isObservable(write) ? attemptWrite<T, C>(write) : write);
      if (answer.ok) {
        this.clear();
        await steps.saved?.(answer.value);
      }
      return answer;
    });
    if (!result || result.ok) return result;
    if (result.conflict && steps.conflict) {
      this.errors.set([]);
      if (steps.conflict !== 'notice') steps.conflict(result.conflict);
      this.conflict.set(result.problem.messages.join(' '));
    } else {
      this.showProblem(result.problem, steps);
    }
    return result;
  }

  /** Puts a problem on the fields and in the summary, unless the form's `problem` step dealt with it (null). */
  showProblem(problem: ApiProblem, steps: Pick<FormSend<unknown, unknown>, 'problem' | 'summary'> = {}): void {
    const shown = steps.problem ? steps.problem(problem) : problem;
    if (!shown) return;
    const fallback = this.options.fallbackField;
    const items = applyApiProblem(this.form, shown, this.fields, typeof fallback === 'function' ? fallback() : fallback);
    this.errors.set(steps.summary ? steps.summary(items, shown) : items);
  }

  /** Empties the summary and closes any conflict notice. */
  clear(): void {
    this.errors.set([]);
    this.conflict.set(null);
  }
}
