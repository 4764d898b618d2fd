import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit } from '@angular/core';
import { FormSubmission } from '@beside/web/core';
import { Notice, PageHeader } from '@beside/web/ui';
import { PublicConsultationStore, publicKeptKey } from '@beside/web/voice/data-access';
import { AnswerFlow, type AnswerSender } from '../flow/answer-flow';

const TRY_AGAIN = 'Your answers could not be sent that time. They are still kept on this device: press “Send your answers” again.';

/** A consultation through its public link, for women who are not service users: anonymous, nothing about her kept. */
@Component({
  selector: 'bs-public-answer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PublicConsultationStore],
  imports: [PageHeader, Notice, AnswerFlow],
  template: `
    @if (store.consultation(); as c) {
      <bs-page-header [heading]="c.title" caption="Have your say">
        <p>Anonymous: we do not ask your name, and we do not keep anything that could tell who you are.</p>
      </bs-page-header>
      @if (c.open) {
        <bs-answer-flow [consultation]="c" [keptKey]="keptKey()" [send]="sender" [progress]="store.progress()" (started)="store.prepare()" />
      } @else {
        <p>This consultation is not open for answers. It has closed, or has not opened yet. Thank you for coming to answer.</p>
      }
    } @else if (store.loaded()) {
      <bs-page-header heading="Have your say" />
      <bs-notice kind="warning">{{ store.missing() ? 'This link does not work. It may have been mistyped, or the link has been turned off.' : store.problem() }}</bs-notice>
    } @else {
      <p role="status">Loading…</p>
    }
  `,
})
export class PublicAnswerPage implements OnInit {
  readonly slug = input.required<string>();
  protected readonly store = inject(PublicConsultationStore);
  protected readonly keptKey = computed(() => publicKeptKey(this.slug()));
  private readonly submission = new FormSubmission();

  protected readonly sender: AnswerSender = async (answers) => {
    const result = await this.submission.run({ answers }, () => this.store.send(answers));
    if (!result) return null;
    if (result.ok) return { ok: true };
    const { status, messages } = result.problem;
    const stillOpen = this.store.consultation()?.open === true;
    if (status === 409 || status === 404) return stillOpen && status === 409 ? { ok: false, messages: [TRY_AGAIN], final: false } : { ok: false, messages, final: true };
    // A challenge the API would not take (expired, say) has been swapped for a new one: another press can work.
    if (status === 400 && messages.some((m) => m.startsWith('challenge') || m.startsWith('nonce'))) return { ok: false, messages: [TRY_AGAIN], final: false };
    return { ok: false, messages, final: false };
  };

  ngOnInit(): void {
    void this.store.load(this.slug());
  }
}
