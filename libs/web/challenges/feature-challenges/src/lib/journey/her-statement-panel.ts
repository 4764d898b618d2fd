import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import type { ChallengeView } from '@beside/shared/contracts';
import { JourneyStatementStore } from '@beside/web/challenges/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';
import { FORMAT_LABELS, SUPPORT_LABELS } from './challenge-words';

/** Her statement for professionals, in her words, read-only for staff (she writes it in her portal, "About me"). */
@Component({
  selector: 'bs-her-statement-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe, Notice],
  providers: [JourneyStatementStore],
  template: `
    <h3 id="statement-heading">Her statement for professionals</h3>
    @if (store.problem(); as p) {
      <bs-notice kind="warning">{{ p }}</bs-notice>
    } @else if (store.statement(); as s) {
      @if (s.version === 0) {
        <p>She has not written one yet. She can write it in her portal, under “About me”: what professionals should know, how to communicate with her, and what helps in a crisis.</p>
      } @else {
        <p class="bs-secondary-text">In her words{{ s.updatedAt ? ', last changed ' + (s.updatedAt | london: 'dateTime') : '' }}. Only she can change it.</p>
        <dl class="bs-summary-list bs-statement" aria-labelledby="statement-heading">
          <div>
            <dt>What she wants professionals to know</dt>
            <dd class="bs-statement__words">{{ s.whatToKnow || 'She has not said.' }}</dd>
          </div>
          <div>
            <dt>Information formats</dt>
            <dd>{{ formats() || 'None in particular' }}</dd>
          </div>
          <div>
            <dt>Communication support</dt>
            <dd>{{ support() || 'None in particular' }}</dd>
          </div>
          <div>
            <dt>Interpreter</dt>
            <dd>{{ s.interpreterLanguage || 'No interpreter needed' }}</dd>
          </div>
          <div>
            <dt>What helps in a crisis</dt>
            <dd class="bs-statement__words">{{ s.crisis || 'She has not said.' }}</dd>
          </div>
          <div>
            <dt>She shared it with</dt>
            <dd>{{ sharedWith() }}</dd>
          </div>
        </dl>
      }
    } @else {
      <p aria-live="polite">Loading her statement…</p>
    }
  `,
  styles: `
    .bs-statement {
      --bs-summary-term-width: 16rem;
      max-width: 52rem;
    }
    .bs-statement__words {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class HerStatementPanel {
  readonly journeyId = input.required<string>();
  /** Her challenges, to name those she shared it with. */
  readonly challenges = input<ChallengeView[]>([]);
  protected readonly store = inject(JourneyStatementStore);
  protected readonly formats = computed(() => this.store.statement()?.formats.map((f) => FORMAT_LABELS[f]).join(', ') ?? '');
  protected readonly support = computed(() => this.store.statement()?.support.map((s) => SUPPORT_LABELS[s]).join(', ') ?? '');
  protected readonly sharedWith = computed(() => {
    const shared = this.store.statement()?.sharedWith;
    if (!shared) return '';
    const names = shared.challengeIds.map((id) => {
      const c = this.challenges().find((x) => x.id === id);
      return c ? `${c.typeName}: ${c.bodyChallenged}` : 'a challenge';
    });
    const appointments = shared.appointmentIds.length;
    if (appointments) names.push(appointments === 1 ? '1 appointment' : `${appointments} appointments`);
    return names.length ? names.join('; ') : 'Nothing yet: it goes only where she chooses.';
  });

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
  }
}
