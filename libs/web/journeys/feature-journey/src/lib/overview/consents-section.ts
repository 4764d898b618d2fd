import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ConsentView } from '@beside/shared/contracts';
import { type FieldDescriptions, FormFlow } from '@beside/web/core';
import { JourneyStore, londonToday } from '@beside/web/journeys/data-access';
import { CharCount, ErrorSummary, LondonPipe } from '@beside/web/ui';

type Field = 'agreement' | 'sharedWith' | 'givenOn' | 'validUntil';
const FIELDS: FieldDescriptions<Field> = {
  agreement: { id: 'consent-agreement', label: 'What she agreed to', messages: { required: 'Enter what she agreed to' } },
  sharedWith: { id: 'consent-shared-with', label: 'Shared with', messages: {} },
  givenOn: { id: 'consent-given-on', label: 'Date given', messages: { required: 'Enter the date she gave consent' } },
  validUntil: { id: 'consent-valid-until', label: 'Valid until', messages: {} },
};

@Component({
  selector: 'bs-consents-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, CharCount, LondonPipe],
  template: `
    <section class="bs-section" aria-labelledby="consents-heading">
      <h2 id="consents-heading">Consents</h2>
      @if (problem()) {
        <p class="bs-inline-error" role="alert">{{ problem() }}</p>
      }
      @if (store.consents().length) {
        <ul class="bs-consents">
          @for (c of store.consents(); track c.id) {
            <li>
              <span class="bs-consent-state" [class]="'bs-consent-state bs-consent-state--' + state(c)">{{ state(c) }}</span>
              <strong>{{ c.agreement }}</strong>
              @if (c.sharedWith) {
                (shared with {{ c.sharedWith }})
              }
              <span class="bs-secondary-text">
                Given {{ c.givenOn | london: 'date' }}{{ c.validUntil ? ', until ' + (c.validUntil | london: 'date') : '' }}; recorded by {{ c.recordedByName || 'unknown' }}
                @if (c.withdrawnAt) {
                  ; withdrawn {{ c.withdrawnAt | london: 'date' }}{{ c.withdrawnByName ? ' by ' + c.withdrawnByName : '' }}
                }
              </span>
              @if (!c.withdrawnAt && store.canChange()) {
                <button mat-button type="button" (click)="withdraw(c)">Withdraw<span class="bs-visually-hidden">: {{ c.agreement }}</span></button>
              }
            </li>
          }
        </ul>
      } @else {
        <p>No consents recorded yet.</p>
      }
      @if (store.canChange()) {
      <h3>Add a consent</h3>
      <bs-error-summary [errors]="flow.errors()" />
      <form class="bs-form" [formGroup]="form" (ngSubmit)="add()" novalidate>
        <mat-form-field class="bs-field">
          <mat-label>What she agreed to</mat-label>
          <input matInput [id]="fields.agreement.id" formControlName="agreement" />
          <mat-hint>For example: hold her data; share her plan with her GP. <bs-char-count [value]="form.controls.agreement.value" [max]="maxAgreement" /></mat-hint>
          <mat-error>{{ flow.message('agreement') }}</mat-error>
        </mat-form-field>
        <mat-form-field class="bs-field">
          <mat-label>Shared with (optional)</mat-label>
          <input matInput [id]="fields.sharedWith.id" formControlName="sharedWith" />
          <mat-hint>A named agency, if any</mat-hint>
          <mat-error>{{ flow.message('sharedWith') }}</mat-error>
        </mat-form-field>
        <div class="bs-date-pair">
          <mat-form-field class="bs-field bs-field--short">
            <mat-label>Date given</mat-label>
            <input matInput type="date" [id]="fields.givenOn.id" formControlName="givenOn" />
            <mat-error>{{ flow.message('givenOn') }}</mat-error>
          </mat-form-field>
          <mat-form-field class="bs-field bs-field--short">
            <mat-label>Valid until (optional)</mat-label>
            <input matInput type="date" [id]="fields.validUntil.id" formControlName="validUntil" />
            <mat-error>{{ flow.message('validUntil') }}</mat-error>
          </mat-form-field>
        </div>
        <button mat-stroked-button type="submit" [disabled]="flow.pending()">Add consent</button>
      </form>
      }
    </section>
  `,
  styles: `
    .bs-consents {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bs-consents li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-consents .bs-secondary-text {
      display: block;
    }
    .bs-consent-state {
      display: inline-block;
      margin-right: 0.5rem;
      padding: 0 0.5rem;
      border-radius: 4px;
      font-weight: 600;
      text-transform: capitalize;
    }
    .bs-consent-state--current { background: #d8f0e0; color: #0b4021; }
    .bs-consent-state--withdrawn { background: #fde2e0; color: #6b1a14; }
    .bs-consent-state--expired { background: #e8e8e8; color: #333333; }
    .bs-date-pair {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    /* One field to a line (the dates share one, with a gap): Material's inline fields otherwise touched. */
    mat-form-field.bs-field {
      display: flex;
    }
  `,
})
export class ConsentsSection {
  protected readonly store = inject(JourneyStore);
  protected readonly fields = FIELDS;
  protected readonly problem = signal<string | null>(null);
  protected readonly maxAgreement = 1000;
  // Resetting through the directive also clears "submitted", so the empty form shows no errors.
  private readonly formDir = viewChild(FormGroupDirective);
  protected readonly form = new FormGroup({
    agreement: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(this.maxAgreement)] }),
    sharedWith: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    givenOn: new FormControl(londonToday(), { nonNullable: true, validators: [Validators.required] }),
    validUntil: new FormControl('', { nonNullable: true }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { unsavedChanges: true });

  protected state(consent: ConsentView): 'current' | 'withdrawn' | 'expired' {
    if (consent.withdrawnAt) return 'withdrawn';
    return consent.current ? 'current' : 'expired';
  }

  protected async add(): Promise<void> {
    await this.flow.submit(() => {
      const v = this.form.getRawValue();
      const consent = { agreement: v.agreement.trim(), sharedWith: v.sharedWith.trim() || null, givenOn: v.givenOn, validUntil: v.validUntil || null };
      return { body: consent, write: (key) => this.store.recordConsent(consent, key), saved: () => this.formDir()?.resetForm() };
    });
  }

  protected async withdraw(consent: ConsentView): Promise<void> {
    const result = await this.store.withdrawConsent(consent);
    this.problem.set(
      result.ok ? null : result.conflict ? 'Someone else changed this consent: it now shows as they left it.' : result.problem.messages.join(' '),
    );
  }
}
