import { ChangeDetectionStrategy, Component, effect, type ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { BREACH_RISK_WORDS, type BreachView } from '@beside/shared/contracts';
import { confirmWith } from '@beside/web/core';
import { BreachStore } from '@beside/web/data-protection/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { focusWhen } from '../shared/focus-on';
import { ClockTag, hoursLeftTone } from '../shared/clock-tag';
import { hoursLeftInWords, icoStandingInWords } from '../shared/clock-words';
import { ActionForm } from './action-form';
import { AssessmentForm } from './assessment-form';
import { BreachDecisionForm } from './breach-decision-form';
import { decisionInWords } from './breach-words';

/** One breach: what happened, its 72-hour clock, the assessment, the decisions about telling, the actions, and closing it. */
@Component({
  selector: 'bs-breach-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, PageHeader, Notice, LondonPipe, ClockTag, AssessmentForm, BreachDecisionForm, ActionForm],
  providers: [BreachStore],
  templateUrl: './breach-page.html',
  styles: `
    .bs-refusal:focus-visible { outline: 3px solid var(--bs-focus, #fd0); }
    .bs-summary-list { --bs-summary-term-width: 14rem; margin-bottom: 1.5rem; }
    .bs-pre { white-space: pre-line; overflow-wrap: anywhere; }
    .bs-actions-list { padding-left: 1.25rem; }
    .bs-actions-list li { margin-bottom: 0.5rem; }
  `,
})
export class BreachPage {
  readonly breachId = input.required<string>();
  protected readonly store = inject(BreachStore);
  private readonly dialog = inject(MatDialog);
  protected readonly riskWords = BREACH_RISK_WORDS;
  protected readonly hoursLeftInWords = hoursLeftInWords;
  protected readonly hoursLeftTone = hoursLeftTone;
  protected readonly icoStanding = icoStandingInWords;
  protected readonly decisionInWords = decisionInWords;
  protected readonly saved = signal<string | null>(null);
  /** Why the API refused a change (409): the rule in words, over the breach as it is now. */
  protected readonly refusal = signal<string | null>(null);
  protected readonly closing = signal(false);
  protected readonly audiences = [
    { key: 'ico' as const, heading: 'Tell the Information Commissioner?' },
    { key: 'women' as const, heading: 'Tell the women affected?' },
  ];

  private readonly refusalBox = viewChild<ElementRef<HTMLElement>>('refusalBox');

  constructor() {
    focusWhen(this.refusal, this.refusalBox);
    effect(() => void this.store.load(this.breachId()));
  }

  /** A decision may still take when they were told (and, for the Commissioner, the reference). */
  protected canAddTold(b: BreachView, audience: 'ico' | 'women'): boolean {
    const decision = audience === 'ico' ? b.icoDecision : b.womenDecision;
    if (!decision) return true;
    if (!decision.tell) return false;
    return audience === 'ico' ? !b.icoToldAt || !b.icoReference : !b.womenToldAt;
  }

  protected done(what: string): void {
    this.refusal.set(null);
    this.saved.set(what);
  }

  protected refuse(why: string): void {
    this.saved.set(null);
    this.refusal.set(why);
  }

  protected async close(): Promise<void> {
    const b = this.store.breach();
    if (!b || this.closing()) return;
    const sure = await confirmWith(this.dialog, {
      title: `Close ${b.reference}?`,
      body: 'A closed breach can no longer change: its assessment, decisions and actions stay in the register as they are.',
      confirm: 'Close the breach',
      cancel: 'Keep it open',
    });
    if (!sure) return;
    this.closing.set(true);
    const result = await this.store.close();
    this.closing.set(false);
    if (result.ok) this.done(`${b.reference} is closed.`);
    else this.refuse(result.problem.messages.join(' '));
  }
}
