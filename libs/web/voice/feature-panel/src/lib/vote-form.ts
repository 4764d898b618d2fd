import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { PANEL_VOTES, type PanelVote } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { FindingsStore } from '@beside/web/voice/data-access';
import { ErrorSummary } from '@beside/web/ui';
import { VOTE_WORDS } from './finding-words';

const FIELDS: FieldDescriptions<'vote'> = {
  vote: { id: 'finding-vote-for-input', label: 'Your vote', messages: { required: 'Choose for, against or abstain' } },
};

/** Her one vote on a proposed finding: for, against or abstain. It cannot be changed once cast. */
@Component({
  selector: 'bs-vote-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatRadioModule, ErrorSummary],
  template: `
    <bs-error-summary [errors]="flow.errors()" />
    <form [formGroup]="form" (ngSubmit)="cast()" novalidate>
      <fieldset class="bs-vote" [attr.aria-describedby]="flow.message('vote') ? 'finding-vote-error' : null">
        <legend id="finding-vote-legend" class="bs-vote__legend">Your vote</legend>
        <p class="bs-secondary-text">You vote once, and cannot change it afterwards.</p>
        @if (flow.message('vote'); as m) {
          <p id="finding-vote-error" class="bs-inline-error">{{ m }}</p>
        }
        <mat-radio-group id="finding-vote" formControlName="vote" class="bs-vote__choices" aria-labelledby="finding-vote-legend">
          @for (v of votes; track v) {
            <mat-radio-button [id]="'finding-vote-' + v" [value]="v">{{ words[v] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">{{ flow.pending() ? 'Casting your vote…' : 'Cast my vote' }}</button>
      </div>
    </form>
  `,
  styles: `
    .bs-vote {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    .bs-vote__legend {
      font-weight: 700;
      font-size: 1.1875rem;
      padding: 0;
    }
    .bs-vote__choices {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class VoteForm {
  private readonly store = inject(FindingsStore);
  protected readonly votes = PANEL_VOTES;
  protected readonly words = VOTE_WORDS;
  protected readonly form = new FormGroup({ vote: new FormControl<PanelVote | null>(null, { validators: [Validators.required] }) });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'vote' });

  protected async cast(): Promise<void> {
    await this.flow.submit(() => {
      const vote = this.form.controls.vote.value as PanelVote;
      return { body: { vote }, write: (key) => this.store.vote(vote, key) };
    });
  }
}
