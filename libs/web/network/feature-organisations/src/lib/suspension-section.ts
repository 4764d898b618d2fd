import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { confirmWith, type FieldDescriptions, FormFlow } from '@beside/web/core';
import { MemberOrganisationsStore } from '@beside/web/network/data-access';
import { ErrorSummary, LondonPipe, Notice } from '@beside/web/ui';

const FIELDS: FieldDescriptions<'reason'> = {
  reason: {
    id: 'suspension-reason',
    label: 'Why it is suspended',
    messages: {
      required: 'Say why the organisation is suspended',
      pattern: 'Say why the organisation is suspended',
      minlength: 'Say why in at least 10 characters',
      maxlength: 'Keep the reason to 1,000 characters or fewer',
    },
  },
};

/** Suspend a member organisation (with a reason, asked again in a dialog) or reinstate it. Nothing is deleted either way. */
@Component({
  selector: 'bs-suspension-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ErrorSummary, Notice, LondonPipe],
  template: `
    @if (store.current(); as o) {
      <section class="bs-section" aria-labelledby="suspension-heading">
        <h2 id="suspension-heading">{{ o.status === 'suspended' ? 'Suspended' : 'Suspend' }}</h2>
        @if (done(); as d) {
          <bs-notice [kind]="d.ok ? 'success' : 'warning'">{{ d.words }}</bs-notice>
        }
        @if (o.status === 'suspended') {
          <p>
            Suspended {{ o.suspendedAt ? 'on ' + (o.suspendedAt | london: 'dateTime') : '' }}. Its staff and the women it supports cannot sign in.
            Nothing has been deleted, and referrals to it are held until it is reinstated.
          </p>
          <p><strong>Reason:</strong> {{ o.suspensionReason || 'Not recorded' }}</p>
          <button mat-flat-button type="button" [disabled]="busy()" (click)="reinstate(o.name)">Reinstate {{ o.name }}</button>
        } @else {
          <p>
            While an organisation is suspended, its staff and the women it supports cannot sign in, and anyone signed in is signed out.
            Nothing is deleted: its records stay as they are, and referrals to it are held until you reinstate it.
          </p>
          @if (!open()) {
            <button mat-stroked-button type="button" (click)="open.set(true)">Suspend {{ o.name }}…</button>
          } @else {
            <bs-error-summary [errors]="flow.errors()" />
            <form class="bs-suspend-form" [formGroup]="form" (ngSubmit)="suspend(o.name)" novalidate>
              <mat-form-field appearance="outline" class="bs-field">
                <mat-label>Why it is suspended</mat-label>
                <textarea matInput [id]="fields.reason.id" formControlName="reason" rows="3" maxlength="1000"></textarea>
                <mat-hint>A sentence: its admins are told this reason.</mat-hint>
                @if (flow.message('reason'); as m) {
                  <mat-error>{{ m }}</mat-error>
                }
              </mat-form-field>
              <div class="bs-actions">
                <button mat-flat-button type="submit" [disabled]="flow.pending()">Suspend the organisation</button>
                <button mat-button type="button" (click)="cancel()">Cancel</button>
              </div>
            </form>
          }
        }
      </section>
    }
  `,
  styles: `
    .bs-suspend-form {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      max-width: 40rem;
    }
    .bs-field {
      width: 100%;
    }
  `,
})
export class SuspensionSection {
  protected readonly store = inject(MemberOrganisationsStore);
  private readonly dialog = inject(MatDialog);
  protected readonly fields = FIELDS;
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly done = signal<{ ok: boolean; words: string } | null>(null);
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/), Validators.minLength(10), Validators.maxLength(1000)] }),
  });
  protected readonly flow = new FormFlow(this.form, FIELDS, { fallbackField: 'reason' });

  protected cancel(): void {
    this.open.set(false);
    this.flow.clear();
    this.form.reset();
  }

  protected async suspend(name: string): Promise<void> {
    if (this.flow.pending() || !this.flow.validate()) return;
    const yes = await confirmWith(this.dialog, {
      title: `Suspend ${name}?`,
      body:
        'Its staff and the women it supports will not be able to sign in, and anyone signed in now is signed out. Nothing is deleted, ' +
        'and referrals to it are held until you reinstate it.',
      confirm: 'Suspend',
      cancel: 'Keep it active',
    });
    if (!yes) return;
    const reason = this.form.controls.reason.value.trim();
    this.done.set(null);
    await this.flow.send({
      body: { reason },
      write: (key) => this.store.suspend(reason, key),
      saved: () => {
        this.open.set(false);
        this.form.reset();
        this.done.set({ ok: true, words: `${name} is suspended. Its staff and the women it supports cannot sign in until you reinstate it.` });
      },
    });
  }

  protected async reinstate(name: string): Promise<void> {
    const yes = await confirmWith(this.dialog, {
      title: `Reinstate ${name}?`,
      body: 'Its staff and the women it supports can sign in again, and referrals held for it reach it.',
      confirm: 'Reinstate',
      cancel: 'Keep it suspended',
    });
    if (!yes) return;
    this.busy.set(true);
    this.done.set(null);
    const result = await this.store.reinstate();
    this.busy.set(false);
    this.done.set(
      result.ok
        ? { ok: true, words: `${name} is reinstated. Its staff and the women it supports can sign in again.` }
        : { ok: false, words: `Not reinstated: ${result.problem.messages.join(' ')}` },
    );
  }
}
