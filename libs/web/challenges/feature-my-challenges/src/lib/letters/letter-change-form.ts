import { ChangeDetectionStrategy, Component, inject, input, type OnInit, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CHANGE_PROPOSAL_FIELDS, type MyLetter } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MyProposalsStore } from '@beside/web/portal/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';

const MAX_WORDS = CHANGE_PROPOSAL_FIELDS.letter.body;
const MAX_REASON = 2000;

type Field = 'proposedValue' | 'reason';
const FIELDS: FieldDescriptions<Field> = {
  proposedValue: {
    id: 'letter-change-words',
    label: 'How you would like the letter to read',
    messages: { required: 'Write how you would like the letter to read', maxlength: `Make it shorter: up to ${MAX_WORDS.toLocaleString('en-GB')} characters` },
  },
  reason: { id: 'letter-change-reason', label: 'Your reason', messages: { required: 'Tell your advocate why', maxlength: 'Make your reason shorter: up to 2,000 characters' } },
};

/** She asks for a change to a letter not yet sent, in her own words: the change-proposal flow, answered by her advocate. */
@Component({
  selector: 'bs-letter-change-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <section class="bs-letter-change" aria-labelledby="letter-change-heading">
      <h2 id="letter-change-heading">Ask for a change</h2>
      <p>Change the words below to how you want the letter to read, and tell your advocate why. Nothing is changed until your advocate replies.</p>
      <bs-error-summary [errors]="flow.errors()" />
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="letter-change-heading">
        <mat-form-field>
          <mat-label>How you would like the letter to read</mat-label>
          <textarea matInput [id]="fields.proposedValue.id" formControlName="proposedValue" rows="12"></textarea>
          <mat-hint><bs-char-count [value]="form.controls.proposedValue.value" [max]="maxWords" /></mat-hint>
          <mat-error>{{ flow.message('proposedValue') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Why (your reason)</mat-label>
          <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="3"></textarea>
          <mat-hint><bs-char-count [value]="form.controls.reason.value" [max]="maxReason" /></mat-hint>
          <mat-error>{{ flow.message('reason') }}</mat-error>
        </mat-form-field>
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="flow.pending()">Send to my advocate</button>
          <button mat-button type="button" (click)="closed.emit(false)">Cancel</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .bs-letter-change {
      margin: 1rem 0;
      padding: 1rem;
      border: 2px solid #ded6ee;
      border-radius: 12px;
      background: #fff;
    }
    h2 {
      margin-top: 0;
      font-size: 1.25rem;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 0.5rem;
    }
  `,
})
export class LetterChangeForm implements OnInit {
  readonly letter = input.required<MyLetter>();
  /** True when sent, false when she cancelled. */
  readonly closed = output<boolean>();
  private readonly proposals = inject(MyProposalsStore);
  protected readonly fields = FIELDS;
  protected readonly maxWords = MAX_WORDS;
  protected readonly maxReason = MAX_REASON;
  protected readonly form = new FormGroup({
    proposedValue: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_WORDS)] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASON)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  ngOnInit(): void {
    this.form.controls.proposedValue.setValue(this.letter().body);
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = { targetType: 'letter' as const, targetId: this.letter().id, field: 'body', proposedValue: v.proposedValue.trim(), reason: v.reason.trim() };
      return {
        body,
        write: (key) => this.proposals.propose(body, key),
        saved: () => {
          this.form.reset();
          this.closed.emit(true);
        },
      };
    });
  }
}
