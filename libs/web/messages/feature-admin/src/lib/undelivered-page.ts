import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { UndeliveredMessageView } from '@beside/shared/contracts';
import { confirmWith } from '@beside/web/core';
import { MessagesAdminStore } from '@beside/web/messages/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { CHANNEL_WORDS, PURPOSE_WORDS, STATUS_WORDS } from './message-words';

/** Messages Beside could not deliver or held back, with the reason: never to whom or what they said. */
@Component({
  selector: 'bs-undelivered-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, PageHeader, LondonPipe],
  providers: [MessagesAdminStore],
  template: `
    <bs-page-header heading="Messages not delivered">
      <p>
        Messages that failed after every attempt, or that were not sent because her safe-contact rules did not allow it. To protect
        the people they were for, this page never shows to whom they went or what they said.
      </p>
    </bs-page-header>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (status(); as s) {
      <bs-notice [kind]="s.ok ? 'success' : 'warning'">{{ s.words }}</bs-notice>
    }
    @if (store.undelivered(); as list) {
      @if (list.length) {
        <ul class="bs-undelivered">
          @for (m of list; track m.id) {
            <li class="bs-undelivered__item">
              <h2 class="bs-undelivered__title">
                {{ purposeWords[m.purpose] }}
                @if (m.toWoman) {
                  <span class="bs-undelivered__woman">To a woman supported</span>
                }
              </h2>
              <dl class="bs-undelivered__facts">
                <div><dt>How</dt><dd>{{ channelWords[m.channel] }}</dd></div>
                <div><dt>Status</dt><dd>{{ statusWords[m.status] }}</dd></div>
                <div><dt>Attempts</dt><dd>{{ m.attempts }}</dd></div>
                <div><dt>Created</dt><dd>{{ m.createdAt | london: 'dateTime' }}</dd></div>
                <div><dt>Last attempt</dt><dd>{{ m.lastAttemptAt ? (m.lastAttemptAt | london: 'dateTime') : 'None' }}</dd></div>
                <div class="bs-undelivered__reason"><dt>Reason</dt><dd>{{ m.reason || 'Not recorded' }}</dd></div>
              </dl>
              @if (m.status === 'failed') {
                <button mat-stroked-button type="button" [disabled]="retrying() === m.id" (click)="retry(m)">Send again</button>
              }
            </li>
          }
        </ul>
      } @else {
        <p>Every message has been delivered. Nothing is waiting here.</p>
      }
    } @else if (!store.problem()) {
      <p role="status">Loading messages…</p>
    }
  `,
  styles: `
    .bs-undelivered {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .bs-undelivered__item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem 1.25rem;
      margin: 0 0 1rem;
    }
    .bs-undelivered__title {
      font-size: 1.15rem;
      margin: 0 0 0.75rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .bs-undelivered__woman {
      font-size: 0.875rem;
      font-weight: 600;
      border: 1px solid #6b4f00;
      background: #fff8e0;
      color: #4a3700;
      border-radius: 4px;
      padding: 0.1rem 0.5rem;
    }
    .bs-undelivered__facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 0.5rem 1.5rem;
      margin: 0 0 0.75rem;
    }
    .bs-undelivered__reason {
      grid-column: 1 / -1;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
  `,
})
export class UndeliveredPage {
  protected readonly store = inject(MessagesAdminStore);
  private readonly dialog = inject(MatDialog);
  protected readonly purposeWords = PURPOSE_WORDS;
  protected readonly channelWords = CHANNEL_WORDS;
  protected readonly statusWords = STATUS_WORDS;
  protected readonly retrying = signal<string | null>(null);
  protected readonly status = signal<{ ok: boolean; words: string } | null>(null);

  constructor() {
    void this.store.loadUndelivered();
  }

  protected async retry(m: UndeliveredMessageView): Promise<void> {
    const yes = await confirmWith(this.dialog, {
      title: 'Send this message again?',
      body: `The ${this.purposeWords[m.purpose].toLowerCase()} is queued again and gets a fresh set of attempts. Her safe-contact rules still apply.`,
      confirm: 'Send again',
      cancel: 'Keep it as it is',
    });
    if (!yes) return;
    this.retrying.set(m.id);
    const result = await this.store.retry(m.id);
    this.retrying.set(null);
    this.status.set(
      result.ok ? { ok: true, words: 'The message is queued to be sent again.' } : { ok: false, words: `Not sent again: ${result.problem.messages.join(' ')}` },
    );
  }
}
