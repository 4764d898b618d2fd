import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Router } from '@angular/router';
import type { ConsultationView, UpdateConsultationRequest } from '@beside/shared/contracts';
import { FlashNotice, FormFlow, SessionStore } from '@beside/web/core';
import { ConsultationsStore } from '@beside/web/voice/data-access';
import { CharCount, ConflictNotice, ErrorSummary, FormField, Notice } from '@beside/web/ui';
import { DETAILS_FIELDS, detailsForm, detailsRequest, editableDetails, type DetailsForm } from './details-form-model';
import { PublicAddress } from './public-address';

/** A consultation's title, privacy notice, who answers, dates, language and public link: new, or a draft's changes. */
@Component({
  selector: 'bs-consultation-details-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    CharCount,
    ConflictNotice,
    ErrorSummary,
    FormField,
    Notice,
    PublicAddress,
  ],
  templateUrl: './consultation-details-form.html',
  styleUrl: './consultation-details-form.scss',
})
export class ConsultationDetailsForm {
  private readonly store = inject(ConsultationsStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  /** The draft being changed; none for a new consultation. */
  readonly consultation = input<ConsultationView | null>(null);
  /** Her first screen as typed, for the preview. */
  readonly drafted = output<{ title: string; privacyNotice: string }>();
  protected readonly operator = inject(SessionStore).role() === 'network_admin';
  protected readonly form: DetailsForm = detailsForm(this.operator);
  protected readonly flow = new FormFlow(this.form, DETAILS_FIELDS, { unsavedChanges: true });
  protected readonly fields = DETAILS_FIELDS;
  protected readonly saved = signal<string | null>(null);
  private readonly value = signal(this.form.getRawValue());
  protected readonly anonymous = computed(() => this.value().anonymous === 'anonymous');
  protected readonly notice = computed(() => this.value().privacyNotice);
  private baseline: Omit<UpdateConsultationRequest, 'version'> | null = null;
  private filledFor: string | null = null;

  constructor() {
    if (this.operator) this.form.controls.anonymous.disable({ emitEvent: false });
    this.form.valueChanges.subscribe(() => this.keepValue());
    // Network-wide reaches women who never met this organisation: always anonymous.
    this.form.controls.networkWide.valueChanges.subscribe((wide) => {
      const anonymous = this.form.controls.anonymous;
      if (wide) anonymous.setValue('anonymous');
      if (wide || this.consultation()) anonymous.disable({ emitEvent: false });
      else anonymous.enable({ emitEvent: false });
    });
    effect(() => {
      const c = this.consultation();
      untracked(() => {
        if (c && c.id !== this.filledFor) this.fill(c);
      });
    });
  }

  protected async save(): Promise<void> {
    this.saved.set(null);
    const c = this.consultation();
    if (!c) return this.create();
    if (this.flow.pending() || !this.flow.validate()) return;
    const changes = this.changes();
    if (!Object.keys(changes).length) {
      this.saved.set('Nothing has changed, so nothing was saved.');
      return;
    }
    await this.flow.send({
      body: changes,
      write: () => this.store.update(changes),
      saved: (now) => {
        this.fill(now);
        this.saved.set('Saved.');
      },
      conflict: ({ current }) => this.store.useCurrent(current),
    });
  }

  protected reload(): void {
    this.flow.conflict.set(null);
    const c = this.store.current();
    if (c) this.fill(c);
  }

  private async create(): Promise<void> {
    await this.flow.submit(() => {
      const request = detailsRequest(this.form, this.operator);
      return {
        body: request,
        write: (key) => this.store.create(request, key),
        saved: async (created) => {
          this.form.markAsPristine();
          this.flash.set(`${created.title} is saved. Now add its questions.`);
          await this.router.navigate(['/consultations', created.id]);
        },
      };
    });
  }

  /** Only what differs from what was read is sent. */
  private changes(): Omit<UpdateConsultationRequest, 'version'> {
    const now = editableDetails(this.form);
    const base = this.baseline ?? {};
    return Object.fromEntries(Object.entries(now).filter(([k, v]) => base[k as keyof typeof base] !== v));
  }

  private fill(c: ConsultationView): void {
    this.filledFor = c.id;
    this.form.reset(
      {
        title: c.title,
        privacyNotice: c.privacyNotice,
        anonymous: c.anonymous ? 'anonymous' : 'named',
        networkWide: c.networkWide,
        opensOn: c.opensOn,
        closesOn: c.closesOn,
        secondLanguage: c.secondLanguage ?? '',
        publicLink: c.publicLink,
      },
      { emitEvent: false },
    );
    this.form.controls.anonymous.disable({ emitEvent: false });
    this.form.controls.networkWide.disable({ emitEvent: false });
    if (c.locked) this.form.disable({ emitEvent: false });
    this.baseline = editableDetails(this.form);
    this.keepValue();
  }

  private keepValue(): void {
    const value = this.form.getRawValue();
    this.value.set(value);
    this.drafted.emit({ title: value.title.trim(), privacyNotice: value.privacyNotice.trim() });
  }
}
