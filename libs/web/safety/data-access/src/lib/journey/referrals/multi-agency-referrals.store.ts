import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  AddReferralActionRequest,
  ConcernSummary,
  CreateMultiAgencyReferralRequest,
  MarkReferralSentRequest,
  MoveReferralStatusRequest,
  MultiAgencyReferralView,
  ReferralAgencyView,
  RiskAssessmentView,
  StaffMember,
  UpdateMultiAgencyReferralRequest,
} from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { catchError, of, type Observable } from 'rxjs';
import { MultiAgencyReferralsApi } from './multi-agency-referrals-api';

/**
 * The multi-agency referrals on one journey, open ones first, with what their forms draw on: the agencies, her concerns,
 * the staff who may own an action, and her latest risk assessment. Every change sends the version it holds; a stale one
 * (409) puts the referral as it is now in its place.
 */
@Injectable()
export class MultiAgencyReferralsStore {
  private readonly api = inject(MultiAgencyReferralsApi);
  private journeyId = '';
  readonly referrals = signal<MultiAgencyReferralView[]>([]);
  readonly agencies = signal<ReferralAgencyView[]>([]);
  readonly concerns = signal<ConcernSummary[]>([]);
  readonly staff = signal<StaffMember[]>([]);
  readonly assessments = signal<RiskAssessmentView[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);
  /** Agencies a new referral may go to: archived ones only carry on those already made. */
  readonly openAgencies = computed(() => this.agencies().filter((a) => !a.archived));
  /** The assessment a new referral's form is filled from: the latest one done with her. */
  readonly latestAssessment = computed(() => latest(this.assessments()));

  async load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    this.loaded.set(false);
    await Promise.all([
      readInto(this.api.list(journeyId), (list) => this.referrals.set(openFirst(list)), this.problem),
      readInto(this.api.agencies(), (list) => this.agencies.set(list), this.problem),
      // What the form draws on: the list still shows without them.
      readInto(quiet(this.api.concerns(journeyId)), (list) => this.concerns.set(list), signal(null)),
      readInto(quiet(this.api.staff()), (list) => this.staff.set(list), signal(null)),
      readInto(quiet(this.api.assessments(journeyId)), (list) => this.assessments.set(list), signal(null)),
    ]);
    this.loaded.set(true);
  }

  byId(referralId: string): MultiAgencyReferralView | undefined {
    return this.referrals().find((r) => r.id === referralId);
  }

  reload(referralId: string): Promise<boolean> {
    return readInto(this.api.read(referralId), (r) => this.put(r), this.problem);
  }

  async create(request: CreateMultiAgencyReferralRequest, idempotencyKey?: string): Promise<WriteResult<MultiAgencyReferralView>> {
    const result = await attemptWrite<MultiAgencyReferralView>(this.api.create(this.journeyId, request, idempotencyKey));
    if (result.ok) this.put(result.value);
    return result;
  }

  update(referral: MultiAgencyReferralView, change: Omit<UpdateMultiAgencyReferralRequest, 'version'>): Promise<WriteResult<MultiAgencyReferralView>> {
    return this.change(this.api.update(referral.id, { ...change, version: referral.version }));
  }

  markSent(referral: MultiAgencyReferralView, sent: Omit<MarkReferralSentRequest, 'version'>, idempotencyKey?: string): Promise<WriteResult<MultiAgencyReferralView>> {
    return this.change(this.api.markSent(referral.id, { ...sent, version: referral.version }, idempotencyKey));
  }

  move(referral: MultiAgencyReferralView, move: Omit<MoveReferralStatusRequest, 'version'>, idempotencyKey?: string): Promise<WriteResult<MultiAgencyReferralView>> {
    return this.change(this.api.move(referral.id, { ...move, version: referral.version }, idempotencyKey));
  }

  addAction(referral: MultiAgencyReferralView, action: AddReferralActionRequest, idempotencyKey?: string): Promise<WriteResult<MultiAgencyReferralView>> {
    return this.change(this.api.addAction(referral.id, action, idempotencyKey));
  }

  markActionDone(referral: MultiAgencyReferralView, actionId: string, doneOn: string | null): Promise<WriteResult<MultiAgencyReferralView>> {
    return this.change(this.api.updateAction(referral.id, actionId, { doneOn }));
  }

  private async change(request: Observable<MultiAgencyReferralView>): Promise<WriteResult<MultiAgencyReferralView>> {
    const result = await attemptWrite<MultiAgencyReferralView>(request);
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.put(fresh);
    return result;
  }

  private put(referral: MultiAgencyReferralView): void {
    this.referrals.update((list) =>
      openFirst(list.some((r) => r.id === referral.id) ? list.map((r) => (r.id === referral.id ? referral : r)) : [referral, ...list]),
    );
  }
}

/** Open ones first (drafts and those on their way), closed ones after; each group in the order it came. */
export function openFirst(list: MultiAgencyReferralView[]): MultiAgencyReferralView[] {
  return [...list.filter((r) => r.status !== 'closed'), ...list.filter((r) => r.status === 'closed')];
}

/** The latest assessment: the day it was done with her, then when it was recorded. */
export function latest(list: RiskAssessmentView[]): RiskAssessmentView | null {
  return [...list].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

// A list the form can do without: its failure leaves it empty rather than a problem over the whole panel.
function quiet<T>(request: Observable<T[]>): Observable<T[]> {
  return request.pipe(catchError(() => of([] as T[])));
}
