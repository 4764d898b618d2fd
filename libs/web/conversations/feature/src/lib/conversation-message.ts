import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CONVERSATION_MESSAGE_MAX, type ConversationMessageView } from '@beside/shared/contracts';
import { FormFlow } from '@beside/web/core';
import { ConversationStore } from '@beside/web/conversations/data-access';
import { CharCount, LondonPipe } from '@beside/web/ui';

/** Who wrote a message, in the words of the person reading: "You" for one's own. */
export function authorLabel(message: ConversationMessageView, audience: 'staff' | 'her'): string {
  if (message.mine) return 'You';
  if (audience === 'her') return message.authorRole === 'advocate' ? `${message.authorName} (your advocate)` : message.authorName;
  return message.authorRole === 'service_user' ? `${message.authorName} (her)` : `${message.authorName} (advocate)`;
}

/** One message: who and when, its words, "Changed" with the earlier words, and Change for its author while she still may. */
@Component({
  selector: 'bs-conversation-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, CharCount, LondonPipe],
  host: { class: 'bs-msg', '[class.bs-msg--mine]': 'message().mine' },
  template: `
    <p class="bs-msg__meta">
      <span class="bs-msg__who">{{ who() }}</span>
      <span class="bs-visually-hidden">{{ message().mine ? 'wrote' : 'wrote to you' }}, </span>
      @if (isNew()) {
        <span class="bs-msg__new">New</span>
      }
      <time class="bs-msg__when" [attr.datetime]="message().sentAt">{{ message().sentAt | london: 'dateTime' }}</time>
      @if (message().editedAt) {
        <span class="bs-msg__changed">Changed</span>
      }
    </p>
    @if (editing()) {
      <form [formGroup]="form" (ngSubmit)="save()" [attr.aria-label]="'Change your message of ' + (message().sentAt | london: 'dateTime')">
        <mat-form-field class="bs-msg__edit">
          <mat-label>Your message</mat-label>
          <textarea #editBox matInput [id]="'message-edit-' + message().id" formControlName="body" rows="4"></textarea>
          <mat-hint><bs-char-count [value]="form.controls.body.value" [max]="max" /></mat-hint>
          <mat-error>{{ flow.message('body') }}</mat-error>
        </mat-form-field>
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="flow.pending()">Save the change</button>
          <button mat-button type="button" (click)="cancel()">Cancel</button>
        </div>
      </form>
    } @else {
      <p class="bs-msg__body">{{ message().body }}</p>
      @if (canChange()) {
        <button mat-button type="button" class="bs-msg__change" (click)="edit()">
          Change<span class="bs-visually-hidden"> your message of {{ message().sentAt | london: 'dateTime' }}</span>
        </button>
      }
    }
    @if (message().earlierVersions.length) {
      <details class="bs-msg__history">
        <summary>What it said before</summary>
        <ol>
          @for (v of message().earlierVersions; track v.replacedAt) {
            <li>
              <span class="bs-secondary-text">Changed {{ v.replacedAt | london: 'dateTime' }}. Before, it said:</span>
              <p class="bs-msg__body">{{ v.body }}</p>
            </li>
          }
        </ol>
      </details>
    }
    @if (flow.errors()[0]; as problem) {
      <p class="bs-inline-error" role="alert">{{ problem.message }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 36rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-left: 6px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface);
    }
    :host(.bs-msg--mine) {
      margin-left: auto;
      border-left: 1px solid var(--mat-sys-outline-variant);
      border-right: 6px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }
    .bs-msg__meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      margin: 0 0 0.25rem;
    }
    .bs-msg__who {
      font-weight: 700;
    }
    .bs-msg__when {
      color: var(--mat-sys-on-surface-variant);
    }
    .bs-msg__new {
      font-weight: 700;
      padding: 0 0.5rem;
      border-radius: 4px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .bs-msg__changed {
      font-weight: 600;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
      border-radius: 4px;
    }
    .bs-msg__body {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0.25rem 0;
    }
    .bs-msg__change {
      margin-inline-start: -0.75rem;
    }
    .bs-msg__edit {
      width: 100%;
    }
    .bs-msg__history summary {
      cursor: pointer;
      min-height: 24px;
      color: var(--mat-sys-primary);
      text-decoration: underline;
    }
    .bs-msg__history ol {
      padding-left: 1.25rem;
    }
  `,
})
export class ConversationMessage {
  readonly message = input.required<ConversationMessageView>();
  readonly audience = input.required<'staff' | 'her'>();
  /** Now, from the conversation: it ticks, so Change goes once the five minutes are over. */
  readonly now = input.required<number>();
  /** Unread when the conversation opened. */
  readonly isNew = input(false);
  /** False where the reader cannot write here (a manager). */
  readonly writable = input(true);
  private readonly store = inject(ConversationStore);
  protected readonly max = CONVERSATION_MESSAGE_MAX;
  protected readonly who = computed(() => authorLabel(this.message(), this.audience()));
  protected readonly canChange = computed(() => {
    const until = this.message().editableUntil;
    return this.writable() && this.message().mine && !!until && Date.parse(until) > this.now();
  });
  protected readonly editing = signal(false);
  private readonly editBox = viewChild<ElementRef<HTMLTextAreaElement>>('editBox');
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(CONVERSATION_MESSAGE_MAX)] }),
  });
  // No summary: the field says what is missing, one line under the message what the API answered (409 included).
  protected readonly flow = new FormFlow(
    this.form,
    { body: { id: 'message-edit', label: 'Your message', messages: { required: 'Write your message', maxlength: 'Your message must be 4,000 characters or fewer' } } },
    { unsavedChanges: () => this.editing() && this.form.dirty },
  );

  protected edit(): void {
    this.flow.clear();
    this.form.reset({ body: this.message().body });
    this.editing.set(true);
    setTimeout(() => this.editBox()?.nativeElement.focus());
  }

  protected cancel(): void {
    this.editing.set(false);
    this.flow.clear();
  }

  protected async save(): Promise<void> {
    if (!this.form.getRawValue().body.trim()) this.form.controls.body.setValue('');
    await this.flow.submit(() => {
      const body = this.form.getRawValue().body.trim();
      return {
        body: { body, version: this.message().version },
        // A stale version puts the message as it is now on the page (the store does); saving again sends on top of it.
        write: () => this.store.edit(this.message(), body),
        saved: () => {
          this.editing.set(false);
          this.form.markAsPristine();
        },
        summary: (_, problem) => [{ message: problem.messages.join(' ') }],
      };
    });
  }
}
