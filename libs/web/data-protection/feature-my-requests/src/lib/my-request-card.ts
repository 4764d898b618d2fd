import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DATA_REQUEST_KIND_WORDS, type MyDataRequest } from '@beside/shared/contracts';
import { LondonPipe, StatusTag } from '@beside/web/ui';
import { HER_STATUS } from './her-words';

/** One of her requests: what she asked, when, when to expect the answer, and the answer once sent. */
@Component({
  selector: 'bs-my-request-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe, StatusTag],
  template: `
    @let r = request();
    <article class="bs-request" [attr.aria-labelledby]="'request-' + r.id">
      <h3 [id]="'request-' + r.id">{{ words[r.kind].her }}</h3>
      <p><bs-status-tag [status]="r.status" [scheme]="status" /></p>
      <p class="bs-her-words">“{{ r.details }}”</p>
      <dl class="bs-card-facts">
        <div><dt>Received on</dt><dd>{{ r.receivedOn | london: 'date' }}</dd></div>
      </dl>
      @if (r.status !== 'answered') {
        <p class="bs-answer-by">You will get an answer by {{ r.answerBy | london: 'date' }}.</p>
      }
      @if (r.extensionReason && r.status !== 'answered') {
        <p>We need more time to answer properly: {{ r.extensionReason }}</p>
      }
      @if (r.answer) {
        <section class="bs-answer" [attr.aria-labelledby]="'answer-' + r.id">
          <h4 [id]="'answer-' + r.id">Our answer{{ r.answeredOn ? ', sent on ' + (r.answeredOn | london: 'date') : '' }}</h4>
          <p class="bs-answer-text">{{ r.answer }}</p>
        </section>
      }
    </article>
  `,
  styles: `
    .bs-request { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: 1rem; margin: 0 0 1rem; }
    h3 { margin: 0 0 0.5rem; font-size: 1.125rem; }
    h4 { margin: 0 0 0.25rem; font-size: 1rem; }
    .bs-her-words, .bs-answer-text { white-space: pre-line; overflow-wrap: anywhere; }
    .bs-card-facts { --bs-card-term-width: 6.5rem; }
    .bs-answer-by { font-weight: 600; margin: 0.5rem 0 0; }
    .bs-answer { margin-top: 0.75rem; padding: 0.75rem; border-radius: 8px; background: #f3effa; }
    .bs-answer-text { margin: 0; }
  `,
})
export class MyRequestCard {
  readonly request = input.required<MyDataRequest>();
  protected readonly words = DATA_REQUEST_KIND_WORDS;
  protected readonly status = HER_STATUS;
}
