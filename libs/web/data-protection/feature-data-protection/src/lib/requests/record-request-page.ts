import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { DATA_REQUEST_KIND_WORDS, type DataRequestChannel, type DataRequestKind } from '@beside/shared/contracts';
import { londonToday } from '@beside/shared/util';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { DataRequestsStore } from '@beside/web/data-protection/data-access';
import { ErrorSummary, FormField, PageHeader } from '@beside/web/ui';
import { CHANNEL_WORDS } from '../shared/clock-words';
import { FindHer, type FoundWoman } from './find-her';

type Field = 'serviceUserId' | 'kind' | 'channel' | 'receivedOn' | 'details';

const FIELDS: FieldDescriptions<Field> = {
  serviceUserId: { id: 'request-woman', label: 'Whose request', messages: { required: 'Find her and choose her name' } },
  kind: { id: 'request-kind', label: 'Request', messages: { required: 'Choose what she asks for' } },
  channel: { id: 'request-channel', label: 'How it reached you', messages: { required: 'Choose how the request reached you' } },
  receivedOn: { id: 'request-received', label: 'Received on', messages: { required: 'Enter the day it was received', max: 'The day cannot be in the future' } },
  details: { id: 'request-details', label: 'What she asked', messages: { required: 'Write what she asked, in her words if you can', maxlength: 'Make it 4,000 characters or fewer' } },
};

const STAFF_CHANNELS: Record<Exclude<DataRequestChannel, 'portal'>, string> = {
  letter: CHANNEL_WORDS.letter,
  in_person: CHANNEL_WORDS.in_person,
  email: CHANNEL_WORDS.email,
  phone: CHANNEL_WORDS.phone,
};

/** A request made by letter, in person, by email or phone, recorded with the day it was received: its clock runs from there. */
@Component({
  selector: 'bs-record-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, PageHeader, ErrorSummary, FormField, FindHer],
  template: `
    <bs-page-header heading="Record a request" caption="Data protection">
      <p>For a request that did not come from her portal. The one-month clock runs from the day it was received.</p>
    </bs-page-header>
    <bs-error-summary [errors]="flow.errors()" />
    <form class="bs-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset class="bs-fieldset" [id]="fields.serviceUserId.id" tabindex="-1" [class.bs-checkbox--error]="womanError()"
        [attr.aria-describedby]="womanError() ? 'request-woman-error' : null">
        <legend>Whose request</legend>
        @if (womanError(); as message) {
          <p class="bs-inline-error" id="request-woman-error">{{ message }}</p>
        }
        <bs-find-her (found)="women.set($event)" />
        @if (women().length) {
          <mat-radio-group formControlName="serviceUserId" aria-label="Choose her" class="bs-column">
            @for (w of women(); track w.serviceUserId) {
              <mat-radio-button [value]="w.serviceUserId">{{ w.name }}</mat-radio-button>
            }
          </mat-radio-group>
        }
      </fieldset>
      <div><bs-form-field name="kind" label="What she asks for" [flow]="flow" [labels]="kindLabels" /></div>
      <div><bs-form-field name="channel" label="How it reached you" [flow]="flow" [labels]="channelLabels" /></div>
      <mat-form-field class="bs-field bs-field--short">
        <mat-label>Received on</mat-label>
        <input matInput type="date" [id]="fields.receivedOn.id" formControlName="receivedOn" [max]="today" />
        <mat-error>{{ flow.message('receivedOn') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="bs-field bs-field--wide">
        <mat-label>What she asked</mat-label>
        <textarea matInput [id]="fields.details.id" formControlName="details" rows="5"></textarea>
        <mat-hint>In her words if you can: what she wants, and what it is about</mat-hint>
        <mat-error>{{ flow.message('details') }}</mat-error>
      </mat-form-field>
      <div class="bs-actions">
        <button mat-flat-button type="submit" [disabled]="flow.pending()">Record the request</button>
        <a mat-button routerLink="/data-protection/requests">Cancel</a>
      </div>
    </form>
  `,
  styles: `
    .bs-fieldset { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
    legend { font-weight: 700; padding: 0; margin-bottom: 0.5rem; }
    .bs-column { display: flex; flex-direction: column; }
    .bs-field--wide { max-width: 44rem; }
    mat-form-field.bs-field { display: flex; }
  `,
})
export class RecordRequestPage {
  private readonly store = inject(DataRequestsStore);
  private readonly router = inject(Router);
  protected readonly fields = FIELDS;
  protected readonly today = londonToday();
  protected readonly women = signal<FoundWoman[]>([]);
  protected readonly kindLabels = Object.fromEntries(Object.entries(DATA_REQUEST_KIND_WORDS).map(([k, w]) => [k, w.staff]));
  protected readonly channelLabels = STAFF_CHANNELS;
  protected readonly form = new FormGroup({
    serviceUserId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<DataRequestKind | ''>('', { nonNullable: true, validators: [Validators.required] }),
    channel: new FormControl<Exclude<DataRequestChannel, 'portal'> | ''>('', { nonNullable: true, validators: [Validators.required] }),
    receivedOn: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required, maxDate(londonToday())] }),
    details: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected womanError(): string | null {
    this.flow.errors();
    const control = this.form.controls.serviceUserId;
    return control.invalid && control.touched ? this.flow.message('serviceUserId') : null;
  }

  protected async submit(): Promise<void> {
    if (!this.form.controls.details.value.trim()) this.form.controls.details.setValue('');
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const body = {
        serviceUserId: v.serviceUserId,
        kind: v.kind as DataRequestKind,
        channel: v.channel as Exclude<DataRequestChannel, 'portal'>,
        receivedOn: v.receivedOn,
        details: v.details.trim(),
      };
      return {
        body,
        write: (key) => this.store.record(body, key),
        saved: async (request) => {
          this.form.markAsPristine();
          await this.router.navigate(['/data-protection/requests', request.id]);
        },
      };
    });
  }
}

/** A date field (YYYY-MM-DD) not after `max`. */
function maxDate(max: string) {
  return (control: { value: unknown }) => (typeof control.value === 'string' && control.value > max ? { max: true } : null);
}
