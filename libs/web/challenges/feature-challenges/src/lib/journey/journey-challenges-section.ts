import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import type { ChallengeView } from '@beside/shared/contracts';
import { JourneyChallengesStore, JourneyDocumentsStore } from '@beside/web/challenges/data-access';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { Notice } from '@beside/web/ui';
import { map } from 'rxjs';
import { ChallengeDetail } from './challenge-detail';
import { ChallengeSummary } from './challenge-summary';
import { HerStatementPanel } from './her-statement-panel';
import { JourneyDocuments } from './journey-documents';
import { focusSoon } from './focus-soon';
import { OpenChallengeForm } from './open-challenge-form';

/**
 * Her journey's Challenges tab: her complaints, reviews and appeals (open ones first, near and missed deadlines in
 * words), opening one, one challenge in place (?challenge=<id>), her statement for professionals, and her documents.
 */
@Component({
  selector: 'bs-journey-challenges-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, ChallengeSummary, ChallengeDetail, OpenChallengeForm, HerStatementPanel, JourneyDocuments],
  providers: [JourneyChallengesStore, JourneyDocumentsStore],
  templateUrl: './journey-challenges-section.html',
  styles: `
    .bs-challenge-list {
      list-style: none;
      padding: 0;
      margin: 0 0 2rem;
      max-width: 52rem;
    }
    .bs-intro {
      max-width: 44rem;
    }
  `,
})
export class JourneyChallengesSection {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(JourneyChallengesStore);
  private readonly documents = inject(JourneyDocumentsStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  /** False under a read-only emergency grant (the journey page's store; absent when shown on its own). */
  protected readonly canChange = inject(JourneyStore, { optional: true })?.canChange ?? signal(true);
  protected readonly opening = signal(false);
  /** What just happened, and on which view (a challenge's id, or null for her list): shown only there. */
  private readonly said = signal<{ on: string | null; words: string } | null>(null);
  protected readonly notice = computed(() => {
    const said = this.said();
    return said && said.on === this.selectedId() ? said.words : null;
  });
  protected readonly selectedId = toSignal(this.route.queryParamMap.pipe(map((q) => q.get('challenge'))), { initialValue: null });
  protected readonly selected = computed(() => {
    const id = this.selectedId();
    return id ? (this.store.byId(id) ?? null) : null;
  });
  protected readonly missing = signal(false);
  protected readonly attention = computed(() => this.store.challenges().filter((c) => c.status === 'open' && c.nextDeadline && c.nextDeadline.daysLeft <= 14));

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => {
        void this.store.load(id);
        void this.documents.load(id);
      });
    });
    // A challenge named in the address but not in her list (opened elsewhere since): fetch it once.
    effect(() => {
      const id = this.selectedId();
      const loaded = this.store.loaded();
      untracked(() => {
        this.missing.set(false);
        if (id && loaded && !this.store.byId(id)) void this.store.reload(id).then((found) => this.missing.set(!found));
      });
    });
  }

  protected say(words: string): void {
    this.said.set({ on: this.selectedId(), words });
  }

  protected quiet(): void {
    this.said.set(null);
  }

  protected startOpening(): void {
    this.said.set(null);
    this.opening.set(true);
    focusSoon(this.injector, 'open-challenge-heading');
  }

  protected stopOpening(): void {
    this.opening.set(false);
    focusSoon(this.injector, 'challenges-heading');
  }

  protected onOpened(challenge: ChallengeView): void {
    this.opening.set(false);
    this.said.set({ on: challenge.id, words: `The challenge is open at its first stage${challenge.nextDeadline ? '; its deadline is shown below' : ''}.` });
    void this.router.navigate([], { relativeTo: this.route, queryParams: { challenge: challenge.id }, queryParamsHandling: 'merge' }).then(() => focusSoon(this.injector, 'challenge-heading'));
  }
}
