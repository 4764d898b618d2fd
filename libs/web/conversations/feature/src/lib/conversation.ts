import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { ShowOnDirtyErrorStateMatcher } from '@angular/material/core';
import { MatInputModule } from '@angular/material/input';
import { CONVERSATION_MESSAGE_MAX } from '@beside/shared/contracts';
import { londonDay, londonTime } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { ConversationStore } from '@beside/web/conversations/data-access';
import { CharCount, ErrorSummary, Notice } from '@beside/web/ui';
import { ConversationMessage } from './conversation-message';

const FIELDS: FieldDescriptions<'body'> = {
  body: {
    id: 'conversation-body',
    label: 'Your message',
    messages: { required: 'Write your message', maxlength: 'Your message must be 4,000 characters or fewer' },
  },
};

/** "Monday 8 December 2026 at 9:00 am", London time. */
export function readFromWords(iso: string): string {
  return `${londonDay(iso)} at ${londonTime(iso)}`;
}

/**
 * The messages between her and her advocates, oldest first, and a box to write the next one: the same piece on the
 * journey page (staff) and in her portal. The page provides the ConversationStore and loads it.
 */
@Component({
  selector: 'bs-conversation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, CharCount, ErrorSummary, Notice, ConversationMessage],
  template: `
    @if (store.view(); as view) {
      <section class="bs-conversation" aria-labelledby="conversation-heading">
        <h2 #heading id="conversation-heading" tabindex="-1" [class.bs-visually-hidden]="audience() === 'her'">Messages</h2>
        @if (store.hasOlder()) {
          <button mat-stroked-button type="button" class="bs-conversation__older" (click)="showOlder()" [disabled]="store.loadingOlder()">
            Show earlier messages
          </button>
        }
        @if (store.olderProblem(); as problem) {
          <p class="bs-inline-error" role="alert">{{ problem }}</p>
        }
        <!-- A log: a message added at the end is read out politely; the list inside keeps its list semantics. -->
        <div role="log" aria-labelledby="conversation-heading">
          <ol class="bs-conversation__list">
            @for (m of view.messages; track m.id) {
              <li><bs-conversation-message [message]="m" [audience]="audience()" [now]="now()" [writable]="view.canSend" [isNew]="newIds().has(m.id)" /></li>
            }
          </ol>
        </div>
        @if (!view.messages.length) {
          <p>{{ audience() === 'her' ? 'No messages yet. You can write to your advocate here.' : 'No messages yet.' }}</p>
        }
      </section>
      <div role="status" class="bs-conversation__status">
        @if (sentNotice()) {
          @if (store.readFrom(); as readFrom) {
            <bs-notice>
              <p>
                Thank you. We are closed now: we will read this from {{ readFromWords(readFrom) }}. If you are in danger now, call
                <a href="tel:999">999</a>.
              </p>
            </bs-notice>
          } @else {
            <p class="bs-visually-hidden">Your message has been sent.</p>
          }
        }
      </div>
      @if (view.canSend) {
        <section class="bs-conversation__composer" aria-labelledby="composer-heading">
          <h2 id="composer-heading" class="bs-visually-hidden">{{ audience() === 'her' ? 'Write to your advocate' : 'Write to her' }}</h2>
          <bs-error-summary [errors]="flow.errors()" />
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field class="bs-field bs-conversation__field">
              <mat-label>{{ audience() === 'her' ? 'Your message' : 'Your message to her' }}</mat-label>
              <textarea #composer matInput [id]="fields.body.id" formControlName="body" rows="4" [errorStateMatcher]="onDirty"></textarea>
              <mat-hint><bs-char-count [value]="form.controls.body.value" [max]="max" /></mat-hint>
              <mat-error>{{ flow.message('body') }}</mat-error>
            </mat-form-field>
            <div class="bs-actions">
              <button mat-flat-button type="submit" [disabled]="flow.pending()">Send message</button>
            </div>
          </form>
          @if (audience() === 'her') {
            <p class="bs-conversation__danger">This is not for emergencies. If you are in danger, call <a href="tel:999">999</a>.</p>
          }
        </section>
      } @else if (readOnlyNote()) {
        <bs-notice>{{ readOnlyNote() }}</bs-notice>
      }
    } @else if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    } @else {
      <p role="status">Loading messages…</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .bs-conversation__list {
      list-style: none;
      margin: 0 0 1.5rem;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .bs-conversation__list > li {
      display: flex;
      flex-direction: column;
    }
    h2:focus {
      outline: none;
    }
    .bs-conversation__older {
      margin-bottom: 1rem;
    }
    .bs-conversation__field {
      width: 100%;
      max-width: 44rem;
    }
    .bs-conversation__danger {
      margin: 1rem 0 0;
      font-weight: 600;
    }
  `,
})
export class Conversation {
  /** Who reads: staff on the journey page, or her in her portal (her words, the 999 line). */
  readonly audience = input.required<'staff' | 'her'>();
  /** Said in place of the box to write in, for someone who reads only. */
  readonly readOnlyNote = input<string | null>(null);
  protected readonly store = inject(ConversationStore);
  protected readonly fields = FIELDS;
  protected readonly max = CONVERSATION_MESSAGE_MAX;
  protected readonly readFromWords = readFromWords;
  /** Ticks every 15 seconds, so Change goes once a message's five minutes are over. */
  protected readonly now = signal(Date.now());
  protected readonly sentNotice = signal(false);
  /** The messages from others that were unread when the conversation opened: the last `unread` of theirs. */
  protected readonly newIds = computed(() => {
    const view = this.store.view();
    if (!view?.unread) return new Set<string>();
    return new Set(view.messages.filter((m) => !m.mine).slice(-view.unread).map((m) => m.id));
  });
  private readonly formDir = viewChild(FormGroupDirective);
  private readonly composer = viewChild<ElementRef<HTMLTextAreaElement>>('composer');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(CONVERSATION_MESSAGE_MAX)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });
  // The empty box after sending is not a mistake: say "Write your message" only once she typed or pressed Send.
  protected readonly onDirty = new ShowOnDirtyErrorStateMatcher();

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 15_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  /** Once the first message is shown the button goes: focus moves to the top of the conversation, not to the page. */
  protected async showOlder(): Promise<void> {
    await this.store.loadOlder();
    if (!this.store.hasOlder()) this.heading()?.nativeElement.focus();
  }

  protected async submit(): Promise<void> {
    // Only spaces is nothing to send: say so as for an empty box.
    if (!this.form.getRawValue().body.trim()) this.form.controls.body.setValue('');
    this.sentNotice.set(false);
    await this.flow.submit(() => {
      const body = this.form.getRawValue().body.trim();
      return {
        body: { body },
        write: (key) => this.store.send(body, key),
        saved: () => {
          this.formDir()?.resetForm({ body: '' });
          this.now.set(Date.now());
          this.sentNotice.set(true);
          // The button was disabled while sending, which drops focus: put her back in the box for the next message.
          this.composer()?.nativeElement.focus();
        },
      };
    });
  }
}
