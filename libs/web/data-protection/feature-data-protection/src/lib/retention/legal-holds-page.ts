import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { CaseloadEntry } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { LegalHoldStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary, LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { FindJourney } from './find-journey';
import { monthsInWords, RECORD_TYPE_WORDS } from './retention-words';

const FIELDS: FieldDescriptions<'reason'> = {
  reason: { id: 'hold-reason', label: 'Reason', messages: { required: 'Give the reason', maxlength: 'Make it 2,000 characters or fewer' } },
};

/** A legal hold on a journey: nothing of it is reviewed or anonymised until lifted; placed and lifted with a reason. */
@Component({
  selector: 'bs-legal-holds-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, LondonPipe, Notice, PageHeader, FindJourney],
  providers: [LegalHoldStore],
  templateUrl: './legal-holds-page.html',
  styles: `
    .bs-block { display: block; }
    .bs-summary-list { --bs-summary-term-width: 12rem; margin-bottom: 1.5rem; }
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class LegalHoldsPage {
  protected readonly store = inject(LegalHoldStore);
  protected readonly journey = signal<CaseloadEntry | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly recordTypeWords = RECORD_TYPE_WORDS;
  protected readonly monthsInWords = monthsInWords;
  protected readonly fields = FIELDS;
  protected readonly form = new FormGroup({ reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }) });
  protected readonly flow = new FormFlow(this.form, FIELDS);

  protected choose(j: CaseloadEntry): void {
    this.journey.set(j);
    this.saved.set(null);
    this.flow.clear();
    void this.store.load(j.id);
  }

  protected async submit(directive: FormGroupDirective): Promise<void> {
    const held = this.store.state()?.hold.held ?? false;
    if (!this.form.controls.reason.value.trim()) this.form.controls.reason.setValue('');
    await this.flow.submit(() => {
      const reason = this.form.controls.reason.value.trim();
      return {
        body: { reason, held },
        write: (key) => (held ? this.store.lift(reason, key) : this.store.hold(reason, key)),
        saved: () => {
          directive.resetForm();
          this.saved.set(held ? 'The hold is lifted: the journey is reviewed again when its time is up.' : 'The journey is held: nothing of it is reviewed or anonymised until the hold is lifted.');
        },
      };
    });
  }
}
