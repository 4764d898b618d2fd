import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  APPOINTMENT_FEEDBACK_STATEMENTS,
  ROLE_WORDS,
  type AppointmentFeedbackRequest,
  type AppointmentFeedbackStatement,
  type FeedbackAgreement,
  type FeedbackInvitationView,
  type ProfessionalRole,
} from '@beside/shared/contracts';
import { londonDay } from '@beside/shared/util';
import { FormSubmission } from '@beside/web/core';
import { ErrorSummary, type ErrorSummaryItem } from '@beside/web/ui';
import { MyFeedbackStore } from '@beside/web/voice/data-access';

export const AGREEMENT_WORDS: { value: FeedbackAgreement; words: string }[] = [
  { value: 'strongly_agree', words: 'Strongly agree' },
  { value: 'agree', words: 'Agree' },
  { value: 'neither', words: 'Neither agree nor disagree' },
  { value: 'disagree', words: 'Disagree' },
  { value: 'strongly_disagree', words: 'Strongly disagree' },
];

/** Who the appointment was with, in the words her appointments page uses: "GP (doctor) – Hillside Surgery". */
export function appointmentWith(inv: FeedbackInvitationView): string {
  const role = ROLE_WORDS[inv.professionalRole as ProfessionalRole] ?? inv.professionalRole;
  return inv.professionalOrganisation ? `${role} – ${inv.professionalOrganisation}` : role;
}

const STATEMENTS = Object.entries(APPOINTMENT_FEEDBACK_STATEMENTS).map(([key, words]) => ({ key: key as AppointmentFeedbackStatement, words }));

/** Her feedback on one accompanied appointment: each statement as agree–disagree, any of them left out if she likes; sent once. */
@Component({
  selector: 'bs-feedback-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ErrorSummary],
  template: `
    @let inv = invitation();
    <article class="bs-calm-panel bs-feedback" [attr.aria-labelledby]="'feedback-' + inv.id">
      <h2 [id]="'feedback-' + inv.id">{{ title() }}</h2>
      <bs-error-summary [errors]="errors()" />
      @for (s of statements; track s.key) {
        <fieldset class="bs-feedback__statement">
          <legend>{{ s.words }}</legend>
          @for (a of agreements; track a.value) {
            <label class="bs-choice">
              <input
                type="radio"
                [name]="inv.id + '-' + s.key"
                [id]="inv.id + '-' + s.key + '-' + a.value"
                [checked]="answers()[s.key] === a.value"
                (change)="choose(s.key, a.value)"
              />
              {{ a.words }}
            </label>
          }
        </fieldset>
      }
      <button mat-flat-button type="button" [disabled]="submission.pending()" (click)="send()">Send feedback</button>
    </article>
  `,
  styles: `
    .bs-feedback h2 {
      overflow-wrap: anywhere;
    }
    .bs-feedback__statement {
      border: 0;
      padding: 0;
      margin: 0 0 1.25rem;
      min-width: 0;
    }
    .bs-feedback__statement legend {
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .bs-choice {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      min-height: 2.75rem;
      cursor: pointer;
    }
    .bs-choice input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      flex: none;
    }
  `,
})
export class FeedbackForm {
  readonly invitation = input.required<FeedbackInvitationView>();
  readonly sent = output<FeedbackInvitationView>();
  private readonly store = inject(MyFeedbackStore);
  protected readonly statements = STATEMENTS;
  protected readonly agreements = AGREEMENT_WORDS;
  protected readonly answers = signal<AppointmentFeedbackRequest['answers']>({});
  protected readonly errors = signal<ErrorSummaryItem[]>([]);
  protected readonly submission = new FormSubmission();
  protected readonly title = computed(() => {
    const inv = this.invitation();
    return `${appointmentWith(inv)}, ${londonDay(inv.appointmentOn)}`;
  });

  protected choose(statement: AppointmentFeedbackStatement, answer: FeedbackAgreement): void {
    this.answers.update((all) => ({ ...all, [statement]: answer }));
    this.errors.set([]);
  }

  protected async send(): Promise<void> {
    const answers = this.answers();
    const inv = this.invitation();
    if (!Object.keys(answers).length) {
      this.errors.set([{ fieldId: `${inv.id}-${STATEMENTS[0].key}-${AGREEMENT_WORDS[0].value}`, message: 'Choose an answer to at least one of the statements' }]);
      return;
    }
    const result = await this.submission.run(answers, (key) => this.store.send(inv.id, answers, key));
    if (!result) return;
    if (result.ok || result.problem.status === 409) this.sent.emit(inv);
    else this.errors.set(result.problem.messages.map((message) => ({ message })));
  }
}
