import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, type OnInit, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CHANGE_PROPOSAL_FIELDS } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MyProposalsStore } from '@beside/web/portal/data-access';
import { CharCount, ErrorSummary } from '@beside/web/ui';

const MAX_WORDS = CHANGE_PROPOSAL_FIELDS.safety_plan_section.body;
const MAX_REASON = 2000;

type Field = 'proposedValue' | 'reason';

/** She asks for a change to a section the service wrote, in her words and with her reason: her advocate replies. */
@Component({
  selector: 'bs-section-change-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount],
  template: `
    <div class="bs-section-change">
      <h3 [id]="ids().heading">Ask for a change</h3>
      <p>Someone from the service wrote this. Change the words to how you want them, and tell your advocate why. Nothing changes until your advocate replies.</p>
      <bs-error-summary [errors]="flow.errors()" />
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-labelledby]="ids().heading">
        <mat-form-field>
          <mat-label>What you would like it to say</mat-label>
          <textarea matInput #words [id]="ids().proposedValue" formControlName="proposedValue" rows="5"></textarea>
          <mat-hint><bs-char-count [value]="form.controls.proposedValue.value" [max]="maxWords" /></mat-hint>
          <mat-error>{{ flow.message('proposedValue') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Why (your reason)</mat-label>
          <textarea matInput [id]="ids().reason" formControlName="reason" rows="2"></textarea>
          <mat-hint><bs-char-count [value]="form.controls.reason.value" [max]="maxReason" /></mat-hint>
          <mat-error>{{ flow.message('reason') }}</mat-error>
        </mat-form-field>
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="flow.pending()">Send to my advocate</button>
          <button mat-button type="button" (click)="closed.emit(false)">Cancel</button>
        </div>
      </form>
    </div>
  `,
  styles: `
    .bs-section-change {
      margin: 0.75rem 0;
      padding: 1rem;
      border: 2px solid #ded6ee;
      border-radius: 12px;
      background: #fff;
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    mat-form-field {
      width: 100%;
      margin-bottom: 0.5rem;
    }
  `,
})
export class SectionChangeForm implements OnInit {
  readonly sectionId = input.required<string>();
  /** The section's heading, naming the fields for a screen reader. */
  readonly heading = input.required<string>();
  /** The words to start from: what is there now, or hers when they could not be saved. */
  readonly current = input.required<string>();
  /** True when sent, false when she cancelled. */
  readonly closed = output<boolean>();
  private readonly proposals = inject(MyProposalsStore);
  private readonly injector = inject(Injector);
  private readonly wordsField = viewChild('words', { read: ElementRef<HTMLTextAreaElement> });
  protected readonly maxWords = MAX_WORDS;
  protected readonly maxReason = MAX_REASON;
  protected readonly ids = computed(() => {
    const id = this.sectionId();
    return { heading: `change-${id}`, proposedValue: `change-words-${id}`, reason: `change-reason-${id}` };
  });
  protected readonly form = new FormGroup({
    proposedValue: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_WORDS)] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASON)] }),
  });
  private readonly fields = computed<FieldDescriptions<Field>>(() => ({
    proposedValue: {
      id: this.ids().proposedValue,
      label: 'What you would like it to say',
      messages: { required: 'Write what you would like it to say', maxlength: `Make it shorter: up to ${MAX_WORDS.toLocaleString('en-GB')} characters` },
    },
    reason: { id: this.ids().reason, label: 'Your reason', messages: { required: 'Tell your advocate why', maxlength: 'Make your reason shorter: up to 2,000 characters' } },
  }));
  protected readonly flow = new FormFlow(this.form, this.fields, {
    unsavedChanges: () => this.form.controls.reason.value.trim() !== '' || this.form.controls.proposedValue.dirty,
  });

  ngOnInit(): void {
    this.form.controls.proposedValue.setValue(this.current());
    afterNextRender(() => this.wordsField()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async submit(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = { targetType: 'safety_plan_section' as const, targetId: this.sectionId(), field: 'body', proposedValue: v.proposedValue.trim(), reason: v.reason.trim() };
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
