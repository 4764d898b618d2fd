import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, output, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ConsultationAnswer, ConsultationQuestionView } from '@beside/shared/contracts';
import { londonDay } from '@beside/shared/util';
import { ErrorSummary, Notice, type ErrorSummaryItem } from '@beside/web/ui';
import { KeptAnswers, type DraftAnswer, type DraftAnswers } from '@beside/web/voice/data-access';
import { answerWords, languageName, problemWith, toAnswers, wordsOf, type Wording } from './draft-answers';
import { answerFieldId, QuestionScreen } from './question-screen';

/** What the flow needs of a consultation: the same for her portal and the public link. */
export interface AnswerableConsultation {
  title: string;
  privacyNotice: string;
  closesOn: string;
  secondLanguage: string | null;
  questions: ConsultationQuestionView[];
}

/** How sending went: sent; or not, with what to tell her and whether sending again could work (`final` when not). */
export type SendOutcome = { ok: true } | { ok: false; messages: string[]; final: boolean };
export type AnswerSender = (answers: ConsultationAnswer[]) => Promise<SendOutcome | null>;

type Step = 'notice' | 'question' | 'review' | 'sent' | 'refused';

/**
 * Answering a consultation, one question a screen: the privacy notice first, then each question with "Question 3 of 8",
 * Back and Next, a screen to check her answers, and Send. Her answers are kept in her browser as she goes (never sent
 * before Send), so the same link brings them back while it is open.
 */
@Component({
  selector: 'bs-answer-flow',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ErrorSummary, Notice, QuestionScreen],
  template: `
    @let c = consultation();
    @if (step() !== 'sent' && step() !== 'refused' && (hasEasyRead() || secondLanguageName())) {
      <div class="bs-answer-wording" role="group" aria-label="How the questions are worded">
        @if (hasEasyRead()) {
          <button type="button" class="bs-answer-toggle" [attr.aria-pressed]="easyRead()" (click)="easyRead.set(!easyRead())">Easy read</button>
        }
        @if (secondLanguageName(); as language) {
          <button type="button" class="bs-answer-toggle" [attr.aria-pressed]="inSecondLanguage()" (click)="inSecondLanguage.set(!inSecondLanguage())">
            {{ language }}
          </button>
        }
      </div>
    }
    @switch (step()) {
      @case ('notice') {
        <section aria-labelledby="notice-heading">
          <h2 id="notice-heading" tabindex="-1" data-focus>Before you start</h2>
          <p class="bs-answer-notice">{{ c.privacyNotice }}</p>
          <p>There {{ c.questions.length === 1 ? 'is 1 question' : 'are ' + c.questions.length + ' questions' }}. You can go back and change an answer before you send.</p>
          <p>Your answers stay on this device until you send them. Nothing is sent before you press Send. “Leave this site” forgets them.</p>
          <p class="bs-secondary-text">You can answer until {{ day(c.closesOn) }}.</p>
          @if (restored()) {
            <bs-notice>We kept the answers you gave before on this device. You can carry on where you left off.</bs-notice>
          }
          <button mat-flat-button type="button" (click)="start()">{{ restored() ? 'Carry on' : 'Start' }}</button>
        </section>
      }
      @case ('question') {
        <bs-error-summary [errors]="errors()" />
        <bs-question-screen
          [question]="current()"
          [answer]="answers()[current().id]"
          [wording]="wording()"
          [number]="index() + 1"
          [total]="c.questions.length"
          [error]="error()"
          (changed)="change(current().id, $event)"
        />
        <div class="bs-actions">
          <button mat-flat-button type="button" (click)="next()">{{ fromReview() || isLast() ? 'Check your answers' : 'Next' }}</button>
          <button mat-stroked-button type="button" (click)="back()">Back</button>
        </div>
      }
      @case ('review') {
        <section aria-labelledby="review-heading">
          <h2 id="review-heading" tabindex="-1" data-focus>Check your answers</h2>
          <dl class="bs-summary-list bs-answer-review">
            @for (q of c.questions; track q.id; let i = $index) {
              <div>
                <dt>{{ i + 1 }}. <span [attr.lang]="words(q).lang">{{ words(q).text }}</span></dt>
                <dd>
                  <span class="bs-answer-review__answer">{{ said(q) }}</span>
                  <button type="button" class="bs-link-button" (click)="changeFromReview(i)">
                    Change<span class="bs-visually-hidden"> your answer to question {{ i + 1 }}</span>
                  </button>
                </dd>
              </div>
            }
          </dl>
          @if (problems(); as messages) {
            <bs-notice kind="warning">
              @for (m of messages; track m) {
                <p class="bs-answer-problem">{{ m }}</p>
              }
            </bs-notice>
          }
          @if (sending() && progress() !== null && progress()! < 1) {
            <p role="status" class="bs-answer-preparing">
              Getting ready to send…
              <progress max="100" [value]="percent()" aria-label="Getting ready to send">{{ percent() }}%</progress>
            </p>
          }
          <div class="bs-actions">
            <button mat-flat-button type="button" [disabled]="sending()" (click)="sendAnswers()">Send your answers</button>
            <button mat-stroked-button type="button" [disabled]="sending()" (click)="back()">Back</button>
          </div>
        </section>
      }
      @case ('sent') {
        <section class="bs-calm-panel" aria-labelledby="sent-heading">
          <h2 id="sent-heading" tabindex="-1" data-focus>Thank you</h2>
          <p>Your answers have been sent. They have been forgotten on this device.</p>
          <p>What women say helps decide what we campaign for. You will be able to see what we did in “You said, we did”.</p>
          <ng-content select="[sent]" />
        </section>
      }
      @case ('refused') {
        <section aria-labelledby="refused-heading">
          <h2 id="refused-heading" tabindex="-1" data-focus>Your answers were not sent</h2>
          @for (m of problems() ?? []; track m) {
            <p>{{ m }}</p>
          }
          <ng-content select="[refused]" />
        </section>
      }
    }
  `,
  styleUrl: './answer-flow.scss',
})
export class AnswerFlow implements OnInit {
  readonly consultation = input.required<AnswerableConsultation>();
  /** Where her answers are kept in this browser (myKeptKey or publicKeptKey). */
  readonly keptKey = input.required<string>();
  readonly send = input.required<AnswerSender>();
  /** How far the proof of work has got (public link only), 0 to 1. */
  readonly progress = input<number | null>(null);
  /** She pressed Start: the public page begins its proof of work. */
  readonly started = output<void>();
  readonly sent = output<void>();

  private readonly kept = inject(KeptAnswers);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly step = signal<Step>('notice');
  protected readonly index = signal(0);
  protected readonly answers = signal<DraftAnswers>({});
  protected readonly restored = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fromReview = signal(false);
  protected readonly sending = signal(false);
  protected readonly problems = signal<string[] | null>(null);
  protected readonly easyRead = signal(false);
  protected readonly inSecondLanguage = signal(false);

  protected readonly current = computed(() => this.consultation().questions[this.index()]);
  protected readonly isLast = computed(() => this.index() === this.consultation().questions.length - 1);
  protected readonly percent = computed(() => Math.round((this.progress() ?? 0) * 100));
  protected readonly hasEasyRead = computed(() => this.consultation().questions.some((q) => q.easyRead || q.choices.some((c) => c.easyRead)));
  protected readonly secondLanguageName = computed(() => {
    const c = this.consultation();
    const has = c.questions.some((q) => q.secondLanguageWords || q.choices.some((ch) => ch.secondLanguageWords));
    return c.secondLanguage && has ? languageName(c.secondLanguage) : null;
  });
  protected readonly wording = computed<Wording>(() => ({
    easyRead: this.easyRead(),
    secondLanguage: this.inSecondLanguage() ? this.consultation().secondLanguage : null,
  }));
  protected readonly errors = computed<ErrorSummaryItem[]>(() => {
    const e = this.error();
    return e ? [{ fieldId: answerFieldId(this.current()), message: e }] : [];
  });

  ngOnInit(): void {
    const kept = this.kept.read(this.keptKey());
    if (kept && Object.keys(kept).length) {
      this.answers.set(kept);
      this.restored.set(true);
    }
  }

  protected start(): void {
    this.started.emit();
    this.show('question', 0);
  }

  protected change(questionId: string, answer: DraftAnswer): void {
    this.answers.update((all) => ({ ...all, [questionId]: answer }));
    this.kept.keep(this.keptKey(), this.consultation().closesOn, this.answers());
    // An error stays until the next try, except that it goes once the answer is there.
    if (this.error() && !problemWith(this.current(), answer)) this.error.set(null);
  }

  protected next(): void {
    const problem = problemWith(this.current(), this.answers()[this.current().id]);
    this.error.set(problem);
    if (problem) return;
    if (this.fromReview() || this.isLast()) this.show('review', this.index());
    else this.show('question', this.index() + 1);
  }

  protected back(): void {
    this.error.set(null);
    if (this.step() === 'review') this.show('question', this.consultation().questions.length - 1);
    else if (this.index() === 0) this.show('notice', 0);
    else this.show('question', this.index() - 1);
  }

  protected changeFromReview(index: number): void {
    this.show('question', index);
    this.fromReview.set(true);
  }

  protected async sendAnswers(): Promise<void> {
    const questions = this.consultation().questions;
    const firstProblem = questions.findIndex((q) => problemWith(q, this.answers()[q.id]));
    if (firstProblem >= 0) {
      // The error summary takes her there instead of the heading.
      this.show('question', firstProblem, false);
      this.error.set(problemWith(questions[firstProblem], this.answers()[questions[firstProblem].id]));
      return;
    }
    this.sending.set(true);
    this.problems.set(null);
    try {
      const outcome = await this.send()(toAnswers(questions, this.answers()));
      if (!outcome) return;
      if (outcome.ok) {
        this.kept.forget(this.keptKey());
        this.show('sent', 0);
        this.sent.emit();
        return;
      }
      this.problems.set(outcome.messages);
      if (outcome.final) {
        this.kept.forget(this.keptKey());
        this.show('refused', 0);
      }
    } finally {
      this.sending.set(false);
    }
  }

  protected words(q: ConsultationQuestionView): { text: string; lang: string | null } {
    return wordsOf(q, this.wording());
  }

  protected said(q: ConsultationQuestionView): string {
    return answerWords(q, this.answers()[q.id], this.wording());
  }

  protected day(value: string): string {
    return londonDay(value);
  }

  /** Shows a step and puts her on its heading, so a screen reader starts there. */
  private show(step: Step, index: number, focus = true): void {
    this.fromReview.set(false);
    this.step.set(step);
    this.index.set(index);
    if (focus) afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[data-focus]')?.focus(), { injector: this.injector });
  }
}
