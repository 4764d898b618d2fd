import { ChangeDetectionStrategy, Component, effect, type ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { DATA_REQUEST_EXEMPTION_WORDS, DATA_REQUEST_KIND_WORDS } from '@beside/shared/contracts';
import { DataRequestStore } from '@beside/web/data-protection/data-access';
import { LondonPipe, Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { focusWhen } from '../shared/focus-on';
import { ClockTag } from '../shared/clock-tag';
import { CHANNEL_WORDS, DECISION_WORDS, daysLeftInWords, daysLeftTone, REQUEST_STATUS } from '../shared/clock-words';
import { AnswerForm } from './answer-form';
import { DecideForm } from './decide-form';
import { ExtendForm } from './extend-form';

/** One request from a woman: her words, its clock, and what is still to do (extend, decide, answer). */
@Component({
  selector: 'bs-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, PageHeader, Notice, LondonPipe, StatusTag, ClockTag, ExtendForm, DecideForm, AnswerForm],
  providers: [DataRequestStore],
  templateUrl: './request-page.html',
  styles: `
    .bs-refusal:focus-visible { outline: 3px solid var(--bs-focus, #fd0); }
    .bs-her-words { white-space: pre-line; overflow-wrap: anywhere; border-left: 4px solid var(--mat-sys-outline-variant); padding-left: 1rem; }
    .bs-summary-list { --bs-summary-term-width: 12rem; margin-bottom: 1.5rem; }
    .bs-pre { white-space: pre-line; }
    .bs-block { display: block; }
  `,
})
export class RequestPage {
  readonly requestId = input.required<string>();
  protected readonly store = inject(DataRequestStore);
  protected readonly kindWords = DATA_REQUEST_KIND_WORDS;
  protected readonly channelWords = CHANNEL_WORDS;
  protected readonly decisionWords = DECISION_WORDS;
  protected readonly exemptionWords = DATA_REQUEST_EXEMPTION_WORDS;
  protected readonly statusScheme = REQUEST_STATUS;
  protected readonly daysLeftInWords = daysLeftInWords;
  protected readonly daysLeftTone = daysLeftTone;
  protected readonly extending = signal(false);
  protected readonly saved = signal<string | null>(null);

  private readonly refusalBox = viewChild<ElementRef<HTMLElement>>('refusalBox');

  constructor() {
    focusWhen(this.refusal, this.refusalBox);
    effect(() => void this.store.load(this.requestId()));
  }

  /** Why the API refused a change (409): the rule in words, over the request as it is now. */
  protected readonly refusal = signal<string | null>(null);

  protected done(what: string): void {
    this.extending.set(false);
    this.refusal.set(null);
    this.saved.set(what);
  }

  protected refuse(why: string): void {
    this.saved.set(null);
    this.refusal.set(why);
  }
}
