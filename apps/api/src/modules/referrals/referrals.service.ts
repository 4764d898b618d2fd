import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { GOAL_CATEGORY_WORDS, type GoalCategory, type ReferralDestinationView, type ReferralSharedRecord, type ReferralStatus, type ReferralView } from '@beside/shared/contracts';
import { Clock } from '../../common/clock';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import { identityContext } from '../../database/identity-context';
import { UnitOfWork } from '../../database/unit-of-work';
import { STALE_VERSION_MESSAGE } from '../../database/versioned-update';
import { AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { JourneyAccess } from '../journeys';
import { notifyManagers, notifyUsers } from '../notifications';
import { findProfile, insertServiceUser, type NewServiceUserDto, type SafeContactDto } from '../service-users';
import { AcceptReferralDto, DeclineReferralDto, SendReferralDto } from './dto/referral.dto';
import {
  findDestinations,
  findGoalsOnJourney,
  findIncoming,
  findJourneyStatus,
  findOutgoingForJourney,
  findReferral,
  findSender,
  hasOpenReferral,
  insertIncoming,
  insertOutgoing,
  insertReferredJourney,
  isActiveAdvocate,
  lockReferralByLink,
  markAccepted,
  markDeclined,
  type ReferralRow,
} from './referral.repository';
import { otherSide, otherSideActor, ReferralSteps } from './referral-steps';
import { alreadyWords, toReferralView } from './referral-views';

export const REFERRAL_NOT_FOUND = 'Referral not found';

/** Today's date in London, YYYY-MM-DD. */
function londonToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Referrals between member organisations, with her consent (issue 17.3). The sending organisation keeps
 * her consent and the journey it came from; the receiving one gets its own row with only the parts she
 * agreed to share, copied when it was sent. The two rows share a reference and change together, each
 * written (with its audit events) under its own organisation's row-level security.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly audit: AuditWriter,
    private readonly steps: ReferralSteps,
    private readonly clock: Clock,
  ) {}

  /** The other active members she could be referred to, and what they offer. */
  destinations(actor: Actor): Promise<ReferralDestinationView[]> {
    return this.uow.runAs(actor, async (em) =>
      (await findDestinations(em))
        .filter((d) => d.status === 'active')
        .map((d) => ({ organisationId: d.id, name: d.name, servicesOffered: d.servicesOffered })),
    );
  }

  send(actor: Actor, journeyId: string, body: SendReferralDto, origin: RequestOrigin): Promise<ReferralView> {
    const { parts, how, givenOn } = body.consent;
    const goalIds = body.consent.goalIds ?? [];
    const withPlan = parts.includes('plan_items');
    const problems = [
      ...(withPlan && !goalIds.length ? ["consent.goalIds: choose the goals she agreed to share (she consented to 'plan_items')"] : []),
      ...(!withPlan && goalIds.length ? ["consent.goalIds: goals travel only when she consented to share 'plan_items'"] : []),
      ...(givenOn > londonToday(this.clock.now()) ? ['consent.givenOn must not be in the future'] : []),
      ...(body.toOrganisationId === actor.organisationId ? ['toOrganisationId: she is already with your organisation; refer her to another member'] : []),
    ];
    if (problems.length) throw new BadRequestException(problems);
    return this.uow.runAs(actor, async (em) => {
      const journey = await this.journeys.require(em, actor, journeyId);
      if ((await findJourneyStatus(em, journey.id))?.status === 'closed') {
        throw new ConflictException('This journey is closed: reopen it before referring her.');
      }
      const destination = (await findDestinations(em)).find((d) => d.id === body.toOrganisationId);
      if (!destination) throw new BadRequestException(['toOrganisationId is not another member organisation of the network']);
      if (destination.status === 'suspended') {
        throw new ConflictException(`${destination.name} is suspended from the network for now and cannot take referrals.`);
      }
      if (await hasOpenReferral(em, journey.id, destination.id)) {
        throw new ConflictException(`She already has a referral waiting at ${destination.name} from this journey: withdraw it or wait for their reply.`);
      }
      const goals = withPlan ? await findGoalsOnJourney(em, journey.id, goalIds) : [];
      if (goals.length !== goalIds.length) {
        throw new BadRequestException([`consent.goalIds: ${goalIds.length - goals.length} of these goals are not on her journey`]);
      }
      const shared = await this.sharedRecord(em, journey.serviceUserId, parts, goals);
      const reference = await this.steps.freeReference(em, actor, destination.id);
      const linkId = randomUUID();
      const side = { linkId, reference, reason: body.reason.trim(), parts, how, givenOn, sentByName: actor.displayName };
      const outgoing = await insertOutgoing(em, {
        ...side,
        organisationId: actor.organisationId,
        otherOrganisationId: destination.id,
        goalIds: withPlan ? goals.map((g) => g.id) : null,
        serviceUserId: journey.serviceUserId,
        journeyId: journey.id,
        sentBy: actor.userId,
      });
      if (!outgoing) {
        if (await hasOpenReferral(em, journey.id, destination.id)) {
          throw new ConflictException(`She already has a referral waiting at ${destination.name} from this journey: withdraw it or wait for their reply.`);
        }
        throw new ConflictException('Someone else sent a referral at the same moment; please try again.');
      }
      await this.uow.within(em, otherSide(destination.id), identityContext(actor), async () => {
        const incoming = await insertIncoming(em, { ...side, organisationId: destination.id, otherOrganisationId: actor.organisationId, shared });
        if (!incoming) throw new ConflictException('Someone else sent a referral at the same moment; please try again.');
        await this.audit.append(em, otherSideActor(actor, destination.id), origin, [
          { action: 'referral.received', entityType: 'referral', entityId: incoming.id, detail: { reference, fromOrganisationId: actor.organisationId, parts } },
        ]);
        await notifyManagers(em, destination.id, [], {
          kind: 'referral.received',
          text: `A referral from another member organisation is waiting for a reply: ${reference}.`,
          link: `/referrals/${incoming.id}`,
        });
      });
      await this.audit.append(em, actor, origin, [
        {
          action: 'referral.sent',
          entityType: 'referral',
          entityId: outgoing.id,
          subjectId: journey.serviceUserId,
          detail: { reference, toOrganisationId: destination.id, journeyId: journey.id, parts, goalCount: goals.length, how, givenOn },
        },
      ]);
      return toReferralView(await this.outgoing(em, outgoing.id));
    });
  }

  /** The referrals sent from one journey, with where each stands. */
  forJourney(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<ReferralView[]> {
    return this.uow.runAs(actor, async (em) => {
      const journey = await this.journeys.require(em, actor, journeyId);
      const rows = await findOutgoingForJourney(em, journey.id);
      await this.audit.append(em, actor, origin, [
        { action: 'referral.list', entityType: 'referral', subjectId: journey.serviceUserId, detail: { journeyId: journey.id, count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows.map((r) => toReferralView(r));
    });
  }

  /** Her advocate withdraws it on her behalf, while it waits ('sent' or 'held'). */
  withdraw(actor: Actor, referralId: string, version: number, origin: RequestOrigin): Promise<ReferralView> {
    return this.uow.runAs(actor, async (em) => {
      const row = await findReferral(em, referralId, 'outgoing');
      if (!row?.journeyId) throw new OutOfScopeException('referral', referralId, false, REFERRAL_NOT_FOUND);
      await this.journeys.require(em, actor, row.journeyId);
      return toReferralView(await this.steps.withdraw(em, actor, row, version, origin));
    });
  }

  /** The receiving organisation's inbox: what was sent, why, and which parts she agreed to share; not the shared record itself. */
  incoming(actor: Actor, status: ReferralStatus | undefined, origin: RequestOrigin): Promise<ReferralView[]> {
    return this.uow.runAs(actor, async (em) => {
      // 'held' is what a sender sees while this organisation is suspended; here they wait as 'sent'.
      const rows = status === 'held' ? [] : await findIncoming(em, status ?? null);
      await this.audit.append(em, actor, origin, [{ action: 'referral.list', entityType: 'referral', detail: { direction: 'incoming', status: status ?? null, count: rows.length, ids: rows.map((r) => r.id) } }]);
      return rows.map((r) => toReferralView(r));
    });
  }

  /** One incoming referral with what she agreed to share (and nothing once it was withdrawn or declined). */
  readIncoming(actor: Actor, referralId: string, origin: RequestOrigin): Promise<ReferralView> {
    return this.uow.runAs(actor, async (em) => {
      const row = await this.incomingRow(em, referralId);
      await this.audit.append(em, actor, origin, [
        { action: 'referral.read', entityType: 'referral', entityId: row.id, subjectId: row.serviceUserId, detail: { reference: row.reference, parts: row.shared ? row.consentParts : [] } },
      ]);
      return toReferralView(row, true);
    });
  }

  /**
   * Accepted: her record and a new journey start here (referral source 'network_referral', the referral's
   * reason), linked to the referral by its reference. Her name comes from the shared profile, or from the
   * accepting advocate when she did not agree to share it.
   */
  accept(actor: Actor, referralId: string, body: AcceptReferralDto, origin: RequestOrigin): Promise<ReferralView> {
    return this.uow.runAs(actor, async (em) => {
      const row = await this.incomingRow(em, referralId);
      const primaryAdvocateId = body.primaryAdvocateId ?? (actor.role === 'advocate' ? actor.userId : null);
      if (!primaryAdvocateId) throw new BadRequestException(['primaryAdvocateId: name the advocate who will support her here']);
      if (actor.role === 'advocate' && primaryAdvocateId !== actor.userId) {
        throw new BadRequestException(['primaryAdvocateId: an advocate takes a referral onto her own caseload; a manager allocates to others']);
      }
      if (!(await isActiveAdvocate(em, primaryAdvocateId))) throw new BadRequestException(['primaryAdvocateId must be an active advocate in your organisation']);
      await this.lockBoth(em, actor, row, body.version);
      const profile = row.shared?.profile;
      const name = body.name?.trim() || profile?.name;
      if (!name) throw new BadRequestException(['name: she did not agree to share her profile, so give the name she gave you to start her record']);
      const serviceUser: NewServiceUserDto = {
        name,
        preferredName: profile?.preferredName ?? undefined,
        pronouns: profile?.pronouns ?? undefined,
        dateOfBirth: profile?.dateOfBirth ?? undefined,
        // As it travelled (sharedRecord below: without her consent to be messaged by the sender).
        ...(row.shared?.safeContact ? { safeContact: row.shared.safeContact as unknown as SafeContactDto } : {}),
      };
      const serviceUserId = await insertServiceUser(em, actor.organisationId, actor.userId, serviceUser);
      const journeyId = await insertReferredJourney(em, {
        organisationId: actor.organisationId,
        serviceUserId,
        referralDate: londonToday(this.clock.now()),
        reason: row.reason,
        primaryAdvocateId,
        createdBy: actor.userId,
      });
      if (!(await markAccepted(em, row.id, actor.userId, { serviceUserId, journeyId }))) throw new ConflictException(alreadyWords(row.status));
      await this.audit.append(em, actor, origin, [
        { action: 'referral.accepted', entityType: 'referral', entityId: row.id, subjectId: serviceUserId, detail: { reference: row.reference, fromOrganisationId: row.otherOrganisationId, journeyId } },
        { action: 'service_user.created', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId, detail: { fields: Object.keys(serviceUser), referral: row.reference } },
        { action: 'journey.created', entityType: 'journey', entityId: journeyId, subjectId: serviceUserId, detail: { fields: ['referralSource', 'referralDate', 'referralReason', 'primaryAdvocateId'], referral: row.reference } },
      ]);
      await this.answerOnTheirSide(em, actor, row, 'accepted', (id) => markAccepted(em, id, null, null), origin);
      return toReferralView(await this.incomingRow(em, row.id), true);
    });
  }

  /** Declined with a reason the sender reads; what she shared is cleared here. */
  decline(actor: Actor, referralId: string, body: DeclineReferralDto, origin: RequestOrigin): Promise<ReferralView> {
    return this.uow.runAs(actor, async (em) => {
      const row = await this.incomingRow(em, referralId);
      await this.lockBoth(em, actor, row, body.version);
      const reason = body.reason.trim();
      if (!(await markDeclined(em, row.id, reason, actor.userId))) throw new ConflictException(alreadyWords(row.status));
      await this.audit.append(em, actor, origin, [
        { action: 'referral.declined', entityType: 'referral', entityId: row.id, detail: { reference: row.reference, fromOrganisationId: row.otherOrganisationId } },
      ]);
      await this.answerOnTheirSide(em, actor, row, 'declined', (id) => markDeclined(em, id, reason, null), origin);
      return toReferralView(await this.incomingRow(em, row.id), true);
    });
  }

  /**
   * The sender's copy takes the same answer, in the sender's context: `mark` answers it (false when it was
   * answered or withdrawn meanwhile: 409), the sender's trail records it, and the advocate who sent it is told.
   */
  private async answerOnTheirSide(
    em: EntityManager,
    actor: Actor,
    row: ReferralRow,
    answer: 'accepted' | 'declined',
    mark: (theirId: string) => Promise<boolean>,
    origin: RequestOrigin,
  ): Promise<void> {
    await this.uow.within(em, otherSide(row.otherOrganisationId), identityContext(actor), async () => {
      const theirs = await lockReferralByLink(em, row.linkId);
      if (!theirs || !(await mark(theirs.id))) throw new ConflictException(alreadyWords(theirs?.status ?? 'withdrawn'));
      await this.audit.append(em, otherSideActor(actor, row.otherOrganisationId), origin, [
        { action: `referral.${answer}`, entityType: 'referral', entityId: theirs.id, detail: { reference: row.reference, toOrganisationId: actor.organisationId } },
      ]);
      await this.tellSender(em, row, answer);
    });
  }

  /** In the sender's context: the advocate who sent it hears that it was answered (no names, the reference only). */
  private async tellSender(em: EntityManager, row: ReferralRow, answer: 'accepted' | 'declined'): Promise<void> {
    const sender = await findSender(em, row.linkId);
    if (!sender?.sentBy) return;
    await notifyUsers(em, row.otherOrganisationId, [sender.sentBy], {
      kind: 'referral.answered',
      text: `Referral ${row.reference} was ${answer}.`,
      link: sender.journeyId ? `/journeys/${sender.journeyId}?tab=referrals` : '/caseload',
    });
  }

  /**
   * Locks both rows of a referral the receiver answers, the sender's first (as withdrawal does), and
   * checks that it still waits and that the receiver saw its current version.
   */
  private async lockBoth(em: EntityManager, actor: Actor, row: ReferralRow, version: number): Promise<void> {
    const theirs = await this.uow.within(em, otherSide(row.otherOrganisationId), identityContext(actor), () => lockReferralByLink(em, row.linkId));
    const ours = await lockReferralByLink(em, row.linkId);
    if (!ours) throw new OutOfScopeException('referral', row.id, false, REFERRAL_NOT_FOUND);
    if (ours.status !== 'sent' || (theirs && theirs.status !== 'sent')) {
      throw new ConflictException(`${alreadyWords(ours.status === 'sent' ? (theirs?.status ?? 'withdrawn') : ours.status)}.`);
    }
    if (ours.version !== version) {
      throw new ConflictException({ message: STALE_VERSION_MESSAGE, current: toReferralView(await this.incomingRow(em, row.id), true) });
    }
  }

  private async incomingRow(em: EntityManager, referralId: string): Promise<ReferralRow> {
    const row = await findReferral(em, referralId, 'incoming');
    if (!row) throw new OutOfScopeException('referral', referralId, false, REFERRAL_NOT_FOUND);
    return row;
  }

  private async outgoing(em: EntityManager, referralId: string): Promise<ReferralRow> {
    const row = await findReferral(em, referralId, 'outgoing');
    if (!row) throw new Error('referral is missing from its own transaction');
    return row;
  }

  /** The copy that travels: only the parts she consented to. Never staff-only notes, concerns or audit history. */
  private async sharedRecord(
    em: EntityManager,
    serviceUserId: string,
    parts: string[],
    goals: { category: string; words: string; steps: { description: string; done: boolean }[] }[],
  ): Promise<ReferralSharedRecord> {
    const shared: ReferralSharedRecord = {};
    if (parts.includes('profile') || parts.includes('safe_contact')) {
      const profile = await findProfile(em, serviceUserId);
      if (!profile) throw new Error('her record is missing from its own transaction');
      if (parts.includes('profile')) {
        shared.profile = { name: profile.name, preferredName: profile.preferredName, pronouns: profile.pronouns, dateOfBirth: profile.dateOfBirth };
      }
      if (parts.includes('safe_contact')) {
        // How to reach her safely travels; her consent to be messaged by her organisation does not: the receiver asks her again.
        const { messageConsent: _consent, reminderLeadHours: _lead, ...rules } = profile.safeContact;
        shared.safeContact = { ...rules, safeWindowsReviewed: false };
      }
    }
    if (parts.includes('plan_items')) {
      shared.planItems = goals.map((g) => ({
        title: GOAL_CATEGORY_WORDS[g.category as GoalCategory] ?? g.category,
        herWords: g.words,
        steps: g.steps.map((s) => ({ title: s.description, done: s.done })),
      }));
    }
    return shared;
  }
}
