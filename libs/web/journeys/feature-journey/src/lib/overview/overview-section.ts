import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ServiceUserProfile } from '@beside/shared/contracts';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { CLOSURE_OUTCOME_LABELS, REFERRAL_SOURCE_LABELS } from '@beside/web/journeys/ui';
import { SessionStore } from '@beside/web/core';
import { LondonPipe } from '@beside/web/ui';
import { ChangeAdvocatesForm } from './change-advocates-form';
import { ConsentsSection } from './consents-section';
import { InviteForm } from './invite-form';
import { ProfileForm } from './profile-form';
import { RecordKeeping } from './record-keeping';
import { StatusActions } from './status-actions';

@Component({
  selector: 'bs-overview-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ChangeAdvocatesForm, ConsentsSection, InviteForm, ProfileForm, StatusActions, LondonPipe, RecordKeeping],
  template: `
    @if (store.journey(); as journey) {
      @if (journey.status === 'closed') {
        <section class="bs-section bs-closure" aria-labelledby="closure-heading">
          <h2 id="closure-heading">Journey closed</h2>
          <dl class="bs-summary-list">
            <div><dt>Closed on</dt><dd>{{ journey.closedAt ? (journey.closedAt | london: 'date') : 'Not recorded' }}</dd></div>
            <div><dt>Outcome</dt><dd>{{ journey.closureOutcome ? outcomes[journey.closureOutcome] : 'Not recorded' }}</dd></div>
            <div><dt>Reason</dt><dd class="bs-prewrap">{{ journey.closureReason || 'Not recorded' }}</dd></div>
          </dl>
        </section>
      }
      @if (saved()) {
        <p class="bs-saved" role="status">Her details have been saved.</p>
      }
      @if (editing()) {
        <bs-profile-form (done)="finishEditing($event)" />
      } @else {
        <div class="bs-overview">
          <section class="bs-section" aria-labelledby="profile-heading">
            <div class="bs-heading-row">
              <h2 id="profile-heading">About her</h2>
              @if (store.profile() && store.canChange()) {
                <!-- Only once her details are here: a form opened before would start empty and could blank them. -->
                <button mat-stroked-button type="button" (click)="startEditing()">Edit details</button>
              }
            </div>
            @if (store.profile(); as p) {
              <dl class="bs-summary-list">
                <div><dt>Full name</dt><dd>{{ p.name }}</dd></div>
                <div><dt>Preferred name</dt><dd>{{ p.preferredName || 'Not given' }}</dd></div>
                <div><dt>Pronouns</dt><dd>{{ p.pronouns || 'Not given' }}</dd></div>
                <div><dt>Date of birth</dt><dd>{{ p.dateOfBirth ? (p.dateOfBirth | london: 'date') : 'Not given' }}</dd></div>
                <div><dt>Languages</dt><dd>{{ p.languages || 'Not given' }}{{ p.interpreterNeeded ? ' (needs an interpreter)' : '' }}</dd></div>
                <div><dt>Accessibility needs</dt><dd>{{ p.accessibilityNeeds || 'None given' }}</dd></div>
                <div><dt>Her own account</dt><dd>{{ accountState(p.accountStatus) }}</dd></div>
              </dl>
            }
          </section>
          <section class="bs-section" aria-labelledby="referral-heading">
            <h2 id="referral-heading">Referral</h2>
            <dl class="bs-summary-list">
              <div><dt>Referred by</dt><dd>{{ sources[journey.referralSource] }}</dd></div>
              <div><dt>Referral date</dt><dd>{{ journey.referralDate | london: 'date' }}</dd></div>
              <div><dt>Reason</dt><dd class="bs-prewrap">{{ journey.referralReason }}</dd></div>
              <div><dt>Plan review date</dt><dd>{{ journey.planReviewDate ? (journey.planReviewDate | london: 'date') : 'Not set' }}</dd></div>
            </dl>
          </section>
        </div>
      }
      @if (store.canChange()) {
        @if (store.profile(); as p) {
          @if (((!p.hasAccount || p.accountStatus === 'invited') && journey.status !== 'closed') || store.invitation()) {
            <bs-invite-form />
          }
        }
        <bs-status-actions />
        @if (session.can('journey:allocate') && journey.status !== 'closed') {
          <bs-change-advocates-form />
        }
      }
      <bs-consents-section />
      <bs-record-keeping [journeyId]="journey.id" />
    }
  `,
  styles: `
    .bs-overview {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 0 2rem;
      margin-top: 1.5rem;
    }
    .bs-heading-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
    .bs-saved {
      font-weight: 600;
    }
    .bs-closure {
      border-left: 6px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container);
      padding: 1rem 1.25rem;
    }
    .bs-prewrap {
      white-space: pre-wrap;
    }
  `,
})
export class OverviewSection {
  protected readonly store = inject(JourneyStore);
  protected readonly session = inject(SessionStore);
  protected readonly sources = REFERRAL_SOURCE_LABELS;
  protected readonly outcomes = CLOSURE_OUTCOME_LABELS;
  protected readonly editing = signal(false);
  protected readonly saved = signal(false);

  protected accountState(status: ServiceUserProfile['accountStatus']): string {
    if (this.store.invitation() || status === 'invited') return 'Invited: she can sign in once she has set her password';
    if (status === 'active') return 'Yes: she can see her plan and shared notes';
    if (status === 'disabled') return 'Closed';
    return 'Not yet';
  }

  protected startEditing(): void {
    this.saved.set(false);
    this.editing.set(true);
  }

  protected finishEditing(saved: boolean): void {
    this.editing.set(false);
    this.saved.set(saved);
  }
}
