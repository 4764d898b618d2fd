import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { APPOINTMENT_STATUS_WORDS, type MyAppointment } from '@beside/shared/contracts';
import { FormFlow } from '@beside/web/core';
import { MyAppointmentsStore, MyProposalsStore } from '@beside/web/portal/data-access';
import { CharCount } from '@beside/web/ui';
import { ROLE_WORDS, SUPPORT_WORDS, SUPPORT_WORDS_PAST } from '../shared/labels';
import { ProposalReplies } from '../shared/proposal-replies';
import { ProposeChangeForm } from '../shared/propose-change-form';
import { londonDay, londonTime } from '@beside/shared/util';

const STATUS_WORDS = APPOINTMENT_STATUS_WORDS;

/** One appointment: when, where, who is coming with her, what she wants to say, and a calendar file. */
@Component({
  selector: 'bs-appointment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, ProposeChangeForm, ProposalReplies, CharCount],
  template: `
    @let a = appointment();
    <article class="bs-appt" [attr.aria-labelledby]="'appt-' + a.id">
      <h3 [id]="'appt-' + a.id">{{ roleWords[a.professionalRole] }}{{ a.professionalOrganisation ? ' – ' + a.professionalOrganisation : '' }}</h3>
      <p class="bs-appt__when">{{ day(a.startsAt) }}, {{ time(a.startsAt) }} to {{ time(a.endsAt) }}</p>
      <dl class="bs-appt__facts">
        <dt>Where</dt>
        <dd>{{ a.remote ? 'Online or by phone' : (a.location ?? 'Not known yet') }}</dd>
        @if (a.purpose) {
          <dt>What it is for</dt>
          <dd>{{ a.purpose }}</dd>
        }
        <dt>{{ upcoming() ? 'Who is coming with you' : 'Support from the service' }}</dt>
        <dd>
          @for (c of a.comingWithHer; track c.name) {
            {{ c.name }} {{ (upcoming() ? supportWords : supportWordsPast)[c.supportLevel] }}.<br />
          } @empty {
            {{ upcoming() ? 'No one from the service is booked to come.' : 'No one from the service.' }}
          }
        </dd>
        @if (a.status !== 'planned') {
          <dt>Status</dt>
          <dd>{{ statusWords[a.status] }}</dd>
        }
        @if (a.outcome) {
          <dt>What happened</dt>
          <dd>{{ a.outcome }}</dd>
        }
      </dl>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="bs-appt__prep">
        <mat-form-field>
          <mat-label>What I want to say</mat-label>
          <textarea matInput [id]="'prep-' + a.id" formControlName="preparation" rows="4"></textarea>
          <mat-hint>Your own notes and questions. Your advocate can see them. <bs-char-count [value]="preparation.value" [max]="4000" /></mat-hint>
          @if (error()) {
            <mat-error>{{ error() }}</mat-error>
          }
        </mat-form-field>
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="flow.pending()">Save my notes<span class="bs-visually-hidden"> for this appointment</span></button>
          @if (upcoming()) {
            <a mat-stroked-button [href]="store.icsHref(a)" download="appointment.ics">Add to my calendar<span class="bs-visually-hidden"> (download)</span></a>
          }
        </div>
        @if (upcoming()) {
          <p class="bs-secondary-text">Only add it to your calendar if nobody else can see your calendar.</p>
        }
        @if (status()) {
          <p role="status">{{ status() }}</p>
        }
      </form>
      @if (proposing()) {
        <bs-propose-change-form targetType="appointment" [targetId]="a.id" [fields]="proposable()" (closed)="proposing.set(false)" />
      } @else {
        <button mat-button type="button" (click)="proposing.set(true)">Ask for a change to these details</button>
      }
      <bs-proposal-replies [proposals]="proposals()" />
    </article>
  `,
  styles: `
    .bs-appt {
      padding: 1rem;
      margin: 0 0 1.25rem;
      border-radius: 12px;
      border: 1px solid #ded6ee;
      background: #faf8fd;
      overflow-wrap: anywhere;
    }
    h3 {
      margin: 0;
    }
    .bs-appt__when {
      font-weight: 600;
      margin: 0.25rem 0 0.75rem;
    }
    .bs-appt__facts dt {
      font-weight: 600;
    }
    .bs-appt__facts dd {
      margin: 0 0 0.5rem;
    }
    .bs-appt__prep mat-form-field {
      width: 100%;
      margin-bottom: 1.5rem;
    }
  `,
})
export class AppointmentCard implements OnInit {
  readonly appointment = input.required<MyAppointment>();
  readonly upcoming = input(false);
  protected readonly store = inject(MyAppointmentsStore);
  private readonly proposalsStore = inject(MyProposalsStore);
  protected readonly roleWords = ROLE_WORDS;
  protected readonly supportWords = SUPPORT_WORDS;
  protected readonly supportWordsPast = SUPPORT_WORDS_PAST;
  protected readonly statusWords = STATUS_WORDS;
  protected readonly preparation = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] });
  protected readonly form = new FormGroup({ preparation: this.preparation });
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly proposing = signal(false);
  /** One save at a time: a second click would meet the first save as a stale version. Her page shows no summary. */
  protected readonly flow = new FormFlow(this.form, {}, {
    unsavedChanges: () => this.preparation.value.trim() !== (this.appointment().preparation ?? '').trim(),
  });
  protected readonly proposals = computed(() => this.proposalsStore.proposals().filter((p) => p.targetId === this.appointment().id));
  protected readonly proposable = computed(() => {
    const a = this.appointment();
    return [
      { field: 'purpose', current: a.purpose },
      { field: 'location', current: a.location },
      { field: 'professionalOrganisation', current: a.professionalOrganisation },
      ...(a.outcome ? [{ field: 'outcome', current: a.outcome }] : []),
    ];
  });

  ngOnInit(): void {
    this.preparation.setValue(this.appointment().preparation ?? '');
  }

  protected day(value: string): string {
    return londonDay(value);
  }

  protected time(value: string): string {
    return londonTime(value);
  }

  protected async save(): Promise<void> {
    this.status.set(null);
    this.error.set(null);
    if (this.preparation.invalid) {
      this.error.set('Make your notes shorter: up to 4,000 characters');
      this.preparation.markAsTouched();
      return;
    }
    const preparation = this.preparation.value.trim() || null;
    await this.flow.send({
      body: preparation,
      write: () => this.store.savePreparation(this.appointment(), preparation),
      saved: () => this.status.set('Your notes are saved.'),
      conflict: ({ current }) => {
        this.preparation.setValue(current.preparation ?? '');
        this.status.set('These notes changed somewhere else. We are showing the newest version. Please check and save again.');
      },
      problem: (problem) => {
        this.error.set(problem.messages.join(' '));
        this.preparation.setErrors({ server: true });
        this.preparation.markAsTouched();
        return null;
      },
    });
  }
}
