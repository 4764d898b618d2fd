import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import type { MultiAgencyReferralView } from '@beside/shared/contracts';
import { JourneyStore } from '@beside/web/journeys/data-access';
import { MultiAgencyReferralsStore, SharingDecisionsStore } from '@beside/web/safety/data-access';
import { Notice } from '@beside/web/ui';
import { map } from 'rxjs';
import { focusAfterRender } from '../sharing/focus-after-render';
import { ReferralDetail } from './referral-detail';
import { ReferralSummary } from './referral-summary';
import { StartReferralForm } from './start-referral-form';

/**
 * Multi-agency referrals on her journey (MARAC, adult safeguarding, police, children's services and the organisation's
 * own): the list, starting one from her latest risk assessment (opened with MARAC chosen when the address says
 * `refer=marac`), and one referral on its road from draft to closed.
 */
@Component({
  selector: 'bs-multi-agency-referrals-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, ReferralSummary, ReferralDetail, StartReferralForm],
  providers: [MultiAgencyReferralsStore, SharingDecisionsStore],
  templateUrl: './multi-agency-referrals-panel.html',
  styles: `
    .bs-intro { max-width: 44rem; }
    .bs-referral-list { list-style: none; padding: 0; margin: 0 0 1rem; }
  `,
})
export class MultiAgencyReferralsPanel {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(MultiAgencyReferralsStore);
  private readonly sharing = inject(SharingDecisionsStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  /** False under a read-only emergency grant (the journey page's store; absent when shown on its own). */
  protected readonly canChange = inject(JourneyStore, { optional: true })?.canChange ?? signal(true);
  private readonly refer = toSignal(this.route.queryParamMap.pipe(map((q) => q.get('refer'))), { initialValue: null });
  protected readonly starting = signal(false);
  protected readonly startWith = signal<string | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => {
    const id = this.selectedId();
    return id ? (this.store.byId(id) ?? null) : null;
  });
  protected readonly notice = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => {
        this.selectedId.set(null);
        void this.store.load(id);
        void this.sharing.load(id);
      });
    });
    // The assessments panel sends her here with `refer=marac` when the score recommends a MARAC referral.
    effect(() => {
      const agency = this.refer();
      const loaded = this.store.loaded();
      untracked(() => {
        if (!agency || !loaded || !this.canChange()) return;
        const known = this.store.openAgencies().some((a) => a.key === agency);
        this.open(known ? agency : null);
      });
    });
  }

  protected open(agencyKey: string | null = null): void {
    this.notice.set(null);
    this.selectedId.set(null);
    this.startWith.set(agencyKey);
    this.starting.set(true);
    focusAfterRender(this.injector, 'start-referral-heading');
  }

  protected stopStarting(): void {
    this.starting.set(false);
    this.forgetRefer();
    focusAfterRender(this.injector, 'start-referral-button');
  }

  protected onStarted(referral: MultiAgencyReferralView): void {
    this.starting.set(false);
    this.forgetRefer();
    this.notice.set(`The ${referral.agencyName} referral is saved as a draft. Mark it sent, with its sharing decision, once it has gone.`);
    this.show(referral.id);
  }

  protected show(referralId: string): void {
    this.selectedId.set(referralId);
    focusAfterRender(this.injector, 'referral-detail-heading');
  }

  protected backToList(): void {
    const id = this.selectedId();
    this.selectedId.set(null);
    this.notice.set(null);
    focusAfterRender(this.injector, id ? `referral-${id}` : 'multi-agency-referrals-heading');
  }

  private forgetRefer(): void {
    if (this.refer()) void this.router.navigate([], { relativeTo: this.route, queryParams: { refer: null }, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
