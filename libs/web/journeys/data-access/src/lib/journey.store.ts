import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  ConsentView,
  InvitationCreated,
  JourneyDetail,
  ReassignAdvocatesRequest,
  ServiceUserProfile,
  ServiceUserProfileInput,
  StaffMember,
  StatusChangeRequest,
} from '@beside/shared/contracts';
import { attemptWrite, toApiProblem, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import type { JourneyView } from './journey-view';
import { JourneysApi } from './journeys-api';

/** One journey's overview: the journey, her profile and safe-contact preferences, and her consents. */
@Injectable()
export class JourneyStore {
  private readonly api = inject(JourneysApi);
  readonly journey = signal<JourneyView | null>(null);
  readonly profile = signal<ServiceUserProfile | null>(null);
  readonly consents = signal<ConsentView[]>([]);
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);
  readonly notFound = signal(false);
  /** The invitation sent from this page, if any: its link works until `expiresAt`. */
  readonly invitation = signal<(InvitationCreated & { email: string }) | null>(null);
  /**
   * False while she reaches this journey through a read-only emergency grant (break the glass for a reason that does not
   * allow changes): the page then offers no way to change it, as the API would refuse. Every section reads this one signal.
   */
  readonly canChange = computed(() => this.journey()?.emergencyAccess?.allowsWrite !== false);
  readonly name = computed(() => {
    const p = this.profile();
    return p ? p.preferredName || p.name : (this.journey()?.serviceUserName ?? '');
  });

  async load(journeyId: string): Promise<void> {
    this.loading.set(true);
    this.notFound.set(false);
    try {
      const journey = await firstValueFrom(this.api.journey(journeyId));
      this.journey.set(journey);
      const [profile, consents] = await Promise.all([
        firstValueFrom(this.api.serviceUser(journey.serviceUserId)),
        firstValueFrom(this.api.consents(journey.serviceUserId)),
      ]);
      this.profile.set(profile);
      this.consents.set(consents);
      this.problem.set(null);
    } catch (error) {
      const problem = toApiProblem(error);
      this.notFound.set(problem.status === 404);
      this.problem.set(problem.messages.join(' '));
    } finally {
      this.loading.set(false);
    }
  }

  async changeStatus(request: Omit<StatusChangeRequest, 'version'>): Promise<WriteResult<JourneyDetail>> {
    const journey = this.journey();
    if (!journey) throw new Error('No journey loaded');
    const result = await attemptWrite<JourneyDetail>(this.api.changeStatus(journey.id, { ...request, version: journey.version }));
    if (result.ok) this.mergeJourney(result.value);
    else if (result.conflict) this.mergeJourney(result.conflict.current);
    return result;
  }

  /** The organisation's advocates, to choose from when changing hers; null when they could not be read. */
  async advocates(): Promise<StaffMember[] | null> {
    try {
      return await firstValueFrom(this.api.staff('advocate'));
    } catch {
      return null;
    }
  }

  /** Changes the journey's advocates, then reads the journey again for their names. */
  async reassignAdvocates(request: Omit<ReassignAdvocatesRequest, 'version'>): Promise<WriteResult<JourneyDetail>> {
    const journey = this.journey();
    if (!journey) throw new Error('No journey loaded');
    const result = await attemptWrite<JourneyDetail>(this.api.reassignAdvocates(journey.id, { ...request, version: journey.version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) {
      this.mergeJourney(fresh);
      try {
        this.journey.set(await firstValueFrom(this.api.journey(journey.id)));
      } catch {
        // The saved record is already merged; only the advocates' names may be a moment out of date.
      }
    }
    return result;
  }

  async updateProfile(changes: ServiceUserProfileInput): Promise<WriteResult<ServiceUserProfile>> {
    const profile = this.profile();
    if (!profile) throw new Error('No profile loaded');
    const result = await attemptWrite<ServiceUserProfile>(this.api.updateServiceUser(profile.id, { ...changes, version: profile.version }));
    if (result.ok) this.profile.set(result.value);
    return result;
  }

  /** After "someone else changed this": take the current record, so that her edit can be applied again on top of it. */
  useCurrentProfile(current: ServiceUserProfile): void {
    this.profile.set(current);
  }

  /** Invites her to use Beside with her own account; her profile is read again, as it now has one. */
  async invite(invitation: { email: string; displayName: string }, idempotencyKey?: string): Promise<WriteResult<InvitationCreated>> {
    const profile = this.profile();
    if (!profile) throw new Error('No profile loaded');
    const result = await attemptWrite(this.api.inviteServiceUser(profile.id, invitation, idempotencyKey));
    if (result.ok) {
      this.invitation.set({ ...result.value, email: invitation.email });
      try {
        this.profile.set(await firstValueFrom(this.api.serviceUser(profile.id)));
      } catch {
        this.profile.set({ ...profile, hasAccount: true, accountStatus: 'invited' });
      }
    }
    return result;
  }

  async recordConsent(consent: {
    agreement: string;
    sharedWith: string | null;
    givenOn: string;
    validUntil: string | null;
  }, idempotencyKey?: string): Promise<WriteResult<ConsentView>> {
    const profile = this.profile();
    if (!profile) throw new Error('No profile loaded');
    const result = await attemptWrite<ConsentView>(this.api.recordConsent(profile.id, consent, idempotencyKey));
    if (result.ok) this.consents.update((list) => [result.value, ...list.filter((c) => c.id !== result.value.id)]);
    return result;
  }

  async withdrawConsent(consent: ConsentView): Promise<WriteResult<ConsentView>> {
    const result = await attemptWrite<ConsentView>(this.api.withdrawConsent(consent.id, consent.version));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.consents.update((list) => list.map((c) => (c.id === fresh.id ? fresh : c)));
    return result;
  }

  private mergeJourney(detail: JourneyDetail | JourneyView): void {
    this.journey.update((current) => (current ? { ...current, ...detail } : (detail as JourneyView)));
  }
}
