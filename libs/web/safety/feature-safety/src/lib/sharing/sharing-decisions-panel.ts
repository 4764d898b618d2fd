import { ChangeDetectionStrategy, Component, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { SharingDecisionView } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { SharingDecisionsStore } from '@beside/web/safety/data-access';
import { Notice } from '@beside/web/ui';
import { focusAfterRender } from './focus-after-render';
import { RecordSharingForm } from './record-sharing-form';
import { SharingDecisionCard } from './sharing-decision-card';

/**
 * Every disclosure of her information to another agency on this journey: what, with whom, when, on what basis, with or
 * without her consent, and whether she is shown it. Managers review those made without her consent.
 */
@Component({
  selector: 'bs-sharing-decisions-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, RecordSharingForm, SharingDecisionCard],
  providers: [SharingDecisionsStore],
  template: `
    <section class="bs-section" aria-labelledby="sharing-decisions-heading">
      <h2 id="sharing-decisions-heading">Sharing her information</h2>
      <p class="bs-intro">
        Every time her information goes to another agency, record it here: what, with whom, and why. Ask for her consent
        first wherever it is safe to. She sees what was shared in her portal, unless holding it back keeps her or someone else safe.
      </p>
      @if (notice(); as n) {
        <bs-notice kind="success" id="sharing-notice">{{ n }}</bs-notice>
      }
      @if (store.problem(); as p) {
        <bs-notice kind="warning">{{ p }}</bs-notice>
      }
      @if (canReview() && store.awaitingReview().length; as count) {
        <bs-notice>{{ count === 1 ? '1 sharing without her consent is' : count + ' sharings without her consent are' }} awaiting your review.</bs-notice>
      }
      @if (canChange()) {
        @if (recording()) {
          <h3 id="record-sharing-heading">Record sharing</h3>
          <bs-record-sharing-form labelledBy="record-sharing-heading" (recorded)="onRecorded($event)" (cancelled)="stopRecording()" />
        } @else {
          <div class="bs-actions">
            <button mat-flat-button type="button" id="record-sharing-button" (click)="startRecording()">Record sharing</button>
          </div>
        }
      }
      <ul class="bs-sharing-list" aria-labelledby="sharing-decisions-heading">
        @for (d of store.decisions(); track d.id) {
          <li><bs-sharing-decision-card [decision]="d" [canReview]="canReview()" (reviewed)="onReviewed($event)" /></li>
        } @empty {
          @if (store.loaded()) {
            <li>No sharing of her information has been recorded.</li>
          } @else {
            <li aria-live="polite">Loading what was shared…</li>
          }
        }
      </ul>
    </section>
  `,
  styles: `
    .bs-intro { max-width: 44rem; }
    .bs-sharing-list { list-style: none; padding: 0; margin: 0; }
  `,
})
export class SharingDecisionsPanel {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(SharingDecisionsStore);
  private readonly session = inject(SessionStore);
  /** False under a read-only emergency grant (the journey page's store; absent when shown on its own). */
  protected readonly canChange = inject(JourneyStore, { optional: true })?.canChange ?? signal(true);
  protected readonly canReview = () => this.session.can('safety:review');
  protected readonly recording = signal(false);
  protected readonly notice = signal<string | null>(null);
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.store.load(id));
    });
  }

  protected startRecording(): void {
    this.notice.set(null);
    this.recording.set(true);
    focusAfterRender(this.injector, 'record-sharing-heading');
  }

  protected stopRecording(): void {
    this.recording.set(false);
    focusAfterRender(this.injector, 'record-sharing-button');
  }

  protected onRecorded(decision: SharingDecisionView): void {
    this.recording.set(false);
    this.notice.set(
      decision.withConsent
        ? `The sharing with ${decision.sharedWith} is recorded. She sees it in her portal.`
        : `The sharing with ${decision.sharedWith} is recorded. A manager will review it.`,
    );
    focusAfterRender(this.injector, 'sharing-notice');
  }

  protected onReviewed(decision: SharingDecisionView): void {
    this.notice.set(`Your review of the sharing with ${decision.sharedWith} is recorded. ${decision.shownToHer ? 'She is shown it.' : 'It is held back from her.'}`);
    focusAfterRender(this.injector, 'sharing-notice');
  }
}
