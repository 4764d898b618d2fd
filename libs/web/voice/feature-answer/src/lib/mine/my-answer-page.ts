import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FormSubmission } from '@beside/web/core';
import { Notice, PageHeader } from '@beside/web/ui';
import { MyConsultationsStore, myKeptKey } from '@beside/web/voice/data-access';
import { AnswerFlow, type AnswerSender } from '../flow/answer-flow';
import { anonymityWords } from './anonymity-words';

/** One consultation answered in her portal, once. */
@Component({
  selector: 'bs-my-answer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyConsultationsStore],
  imports: [RouterLink, PageHeader, Notice, AnswerFlow],
  template: `
    @if (consultation(); as c) {
      <bs-page-header [heading]="c.title" caption="Have your say"><p>{{ anonymity(c.anonymous) }}</p></bs-page-header>
      @if (c.answered && !justSent()) {
        <p>You have answered this one. Thank you.</p>
        <p><a routerLink="/my/consultations">Back to Have your say</a></p>
      } @else {
        <bs-answer-flow [consultation]="c" [keptKey]="keptKey(c.id)" [send]="sender">
          <p sent><a routerLink="/my/consultations">Back to Have your say</a></p>
          <p refused><a routerLink="/my/consultations">Back to Have your say</a></p>
        </bs-answer-flow>
      }
    } @else if (store.loaded()) {
      <bs-page-header heading="Have your say" />
      @if (store.problem(); as problem) {
        <bs-notice kind="warning">{{ problem }}</bs-notice>
      } @else {
        <p>This consultation is not open, or it is not one for you.</p>
      }
      <p><a routerLink="/my/consultations">Back to Have your say</a></p>
    } @else {
      <p role="status">Loading…</p>
    }
  `,
})
export class MyAnswerPage implements OnInit {
  readonly consultationId = input.required<string>();
  protected readonly store = inject(MyConsultationsStore);
  protected readonly consultation = computed(() => this.store.consultations().find((c) => c.id === this.consultationId()) ?? null);
  protected readonly justSent = signal(false);
  private readonly submission = new FormSubmission();

  protected readonly sender: AnswerSender = async (answers) => {
    const result = await this.submission.run({ answers }, (key) => this.store.answer(this.consultationId(), answers, key));
    if (!result) return null;
    if (result.ok) {
      // Her consultation now reads as answered: the thank-you must stay.
      this.justSent.set(true);
      return { ok: true };
    }
    return { ok: false, messages: result.problem.messages, final: result.problem.status === 409 || result.problem.status === 404 };
  };

  protected keptKey(id: string): string {
    return myKeptKey(id);
  }

  ngOnInit(): void {
    void this.store.load();
  }

  protected anonymity(anonymous: boolean): string {
    return anonymityWords(anonymous);
  }
}
