import { ChangeDetectionStrategy, Component, effect, inject, signal, type WritableSignal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { type MyAppointment, ROLE_WORDS } from '@beside/shared/contracts';
import { londonDay } from '@beside/shared/util';
import { MyStatementStore } from '@beside/web/challenges/data-access';
import { trackUnsavedChanges } from '@beside/web/core';
import { Notice } from '@beside/web/ui';
import { challengeHeading } from '../shared/challenge-words';

/** Which of her appointments and challenges "About me" goes with: the professionals there can read it. */
@Component({
  selector: 'bs-statement-sharing',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCheckboxModule, Notice],
  template: `
    @if (problem(); as p) {
      <div role="alert" class="bs-sharing__problem">{{ p }}</div>
    }
    <form (submit)="$event.preventDefault(); save()" novalidate aria-labelledby="about-me-sharing-heading">
      <fieldset class="bs-fieldset">
        <legend>Appointments</legend>
        @for (a of store.appointments(); track a.id) {
          <mat-checkbox [id]="'about-me-appointment-' + a.id" [checked]="appointments().has(a.id)" (change)="toggle(appointments, a.id, $event.checked)">
            {{ appointmentWords(a) }}
          </mat-checkbox>
        } @empty {
          <p class="bs-secondary-text">You have no appointments coming up.</p>
        }
      </fieldset>
      <fieldset class="bs-fieldset">
        <legend>Challenges</legend>
        @for (c of store.challenges(); track c.id) {
          <mat-checkbox [id]="'about-me-challenge-' + c.id" [checked]="challenges().has(c.id)" (change)="toggle(challenges, c.id, $event.checked)">
            {{ heading(c) }}
          </mat-checkbox>
        } @empty {
          <p class="bs-secondary-text">You have no open challenges.</p>
        }
      </fieldset>
      @if (store.appointments().length || store.challenges().length) {
        <div class="bs-actions">
          <button mat-flat-button type="submit" [disabled]="pending()">Save who it goes with</button>
        </div>
      }
      @if (saved(); as s) {
        <bs-notice kind="success">{{ s }}</bs-notice>
      }
    </form>
  `,
  styles: `
    .bs-fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1.25rem;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0;
    }
    mat-checkbox {
      display: block;
    }
    .bs-sharing__problem {
      border-left: 6px solid var(--bs-error, #b3261e);
      background: #fdf2f1;
      padding: 1rem 1.25rem;
      margin: 0 0 1rem;
    }
  `,
})
export class StatementSharing {
  protected readonly store = inject(MyStatementStore);
  protected readonly appointments = signal(new Set<string>());
  protected readonly challenges = signal(new Set<string>());
  protected readonly pending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  private readonly changed = signal(false);

  constructor() {
    trackUnsavedChanges(() => this.changed());
    effect(() => {
      const shared = this.store.statement()?.sharedWith;
      if (shared && !this.changed()) {
        this.appointments.set(new Set(shared.appointmentIds));
        this.challenges.set(new Set(shared.challengeIds));
      }
    });
  }

  protected heading(c: Parameters<typeof challengeHeading>[0]): string {
    return challengeHeading(c);
  }

  protected appointmentWords(a: MyAppointment): string {
    const who = a.professionalOrganisation ? `${ROLE_WORDS[a.professionalRole]}, ${a.professionalOrganisation}` : ROLE_WORDS[a.professionalRole];
    return `${who}: ${londonDay(a.startsAt)}`;
  }

  protected toggle(chosen: WritableSignal<Set<string>>, id: string, on: boolean): void {
    chosen.update((set) => {
      const next = new Set(set);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    this.changed.set(true);
    this.saved.set(null);
  }

  protected async save(): Promise<void> {
    if (this.pending()) return;
    this.pending.set(true);
    this.problem.set(null);
    const result = await this.store.share({ appointmentIds: [...this.appointments()], challengeIds: [...this.challenges()] });
    this.pending.set(false);
    if (result.ok) {
      this.changed.set(false);
      const n = result.value.sharedWith.appointmentIds.length + result.value.sharedWith.challengeIds.length;
      this.saved.set(n ? 'Saved. The professionals there can read “About me”.' : 'Saved. “About me” does not go with anything for now.');
    } else {
      this.problem.set(result.problem.messages.join(' '));
    }
  }
}
