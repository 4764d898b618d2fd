import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MessagesAdminStore } from '@beside/web/messages/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { CHANNEL_WORDS, withLinks } from './message-words';

/** Development only: every message the in-process inbox caught instead of sending, so a demo can follow an invitation. */
@Component({
  selector: 'bs-sent-messages-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, PageHeader, LondonPipe],
  providers: [MessagesAdminStore],
  template: `
    <bs-page-header heading="Sent messages (development)" />
    <bs-notice kind="info">
      This page exists only in development. No email or text leaves this computer: a development inbox catches every message, and
      you see them here. With a real mail server, or in production, there is no such page.
    </bs-notice>
    <div class="bs-actions">
      <button mat-stroked-button type="button" (click)="store.loadSent()">Look for new messages</button>
    </div>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.sent(); as list) {
      @if (list.length) {
        <ol class="bs-sent">
          @for (m of list; track m.id) {
            <li class="bs-sent__item">
              <h2 class="bs-sent__subject">{{ m.subject || '(no subject)' }}</h2>
              <dl class="bs-sent__facts">
                <div><dt>To</dt><dd>{{ m.to.join(', ') }}</dd></div>
                <div><dt>From</dt><dd>{{ m.from }}</dd></div>
                <div><dt>How</dt><dd>{{ channelWords[m.channel] }}</dd></div>
                <div><dt>Caught</dt><dd>{{ m.receivedAt | london: 'dateTime' }}</dd></div>
              </dl>
              <p class="bs-sent__text">@for (part of parts(m.text); track $index) {@if ('href' in part) {<a [href]="part.href">{{ part.href }}</a>} @else {<span>{{ part.text }}</span>}}</p>
            </li>
          }
        </ol>
      } @else {
        <p>No messages yet. Invite someone or ask for a password reset, then look again.</p>
      }
    } @else if (!store.problem()) {
      <p role="status">Loading messages…</p>
    }
  `,
  styles: `
    .bs-actions {
      margin: 1rem 0;
    }
    .bs-sent {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .bs-sent__item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 1rem 1.25rem;
      margin: 0 0 1rem;
    }
    .bs-sent__subject {
      font-size: 1.15rem;
      margin: 0 0 0.75rem;
    }
    .bs-sent__facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0.5rem 1.5rem;
      margin: 0 0 0.75rem;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .bs-sent__text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      background: var(--mat-sys-surface-container-low, #f6f6f6);
      padding: 0.75rem;
      border-radius: 4px;
      margin: 0;
    }
  `,
})
export class SentMessagesPage {
  protected readonly store = inject(MessagesAdminStore);
  protected readonly channelWords = CHANNEL_WORDS;
  protected readonly parts = withLinks;

  constructor() {
    void this.store.loadSent();
  }
}
