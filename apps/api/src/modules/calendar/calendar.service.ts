import { Injectable, NotFoundException } from '@nestjs/common';
import type { CalendarSubscription } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { Environment } from '../../config/environment';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter, listEvents } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { randomToken, sha256Hex } from '../identity';
import { JourneyAccess } from '../journeys';
import {
  type CalendarEventRow,
  findAccompanimentCalendarEvents,
  findCalendarFeedOwner,
  findJourneyCalendarEvents,
  insertCalendarFeed,
  markCalendarFeedUsed,
  revokeCalendarFeeds,
} from './calendar.repository';
import { IcsEvent, initials, renderCalendar } from './ics';

/**
 * What a subscribed calendar service (outside Beside, fetching the feed without a session) gets:
 * her initials and the times only. No professional, place or purpose: free text such as a refuge's
 * street must never leave Beside this way.
 */
function toFeedEvent(row: CalendarEventRow, host: string): IcsEvent {
  return {
    uid: `${row.id}@${host}`,
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    summary: `${initials(row.name)} – accompaniment`,
    location: null,
    description: null,
    cancelled: row.status === 'cancelled',
    updatedAt: new Date(row.updated_at),
  };
}

function toEvent(row: CalendarEventRow, host: string): IcsEvent {
  const role = row.professional_role.replace(/_/g, ' ');
  return {
    uid: `${row.id}@${host}`,
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    summary: `${initials(row.name)} – ${role} appointment`,
    location: row.remote ? ['Remote', row.location].filter(Boolean).join(': ') : row.location,
    description: [row.professional_organisation, row.purpose].filter(Boolean).join('\n') || null,
    cancelled: row.status === 'cancelled',
    updatedAt: new Date(row.updated_at),
  };
}

@Injectable()
export class CalendarService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly audit: AuditWriter,
    private readonly env: Environment,
  ) {}

  private get host(): string {
    return new URL(this.env.PUBLIC_URL).host;
  }

  async journeyAppointments(actor: Actor, journeyId: string, origin: RequestOrigin): Promise<string> {
    return this.uow.runAs(actor, async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows = await findJourneyCalendarEvents(em, journeyId);
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.export', entityType: 'appointment', subjectId: scope.serviceUserId, detail: { journeyId, count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return renderCalendar(`Appointments (${initials(rows[0]?.name ?? '')})`, rows.map((r) => toEvent(r, this.host)));
    });
  }

  async myAccompaniments(actor: Actor, origin: RequestOrigin): Promise<string> {
    return this.uow.runAs(actor, (em) => this.accompanimentsFeed(em, actor, origin));
  }

  /** A new private subscription address; any earlier one stops working. The token is shown once. */
  async subscribe(actor: Actor, origin: RequestOrigin): Promise<CalendarSubscription> {
    const token = randomToken();
    return this.uow.runAs(actor, async (em) => {
      await revokeCalendarFeeds(em, actor.userId);
      const row = await insertCalendarFeed(em, actor.organisationId, actor.userId, sha256Hex(token));
      await this.audit.append(em, actor, origin, [{ action: 'calendar_feed.created', entityType: 'calendar_feed', entityId: row.id }]);
      // The token goes in the query string: request logs keep the path only.
      return { url: `${this.env.PUBLIC_URL}/api/calendar/feed.ics?token=${token}`, createdAt: new Date(row.createdAt).toISOString() };
    });
  }

  async unsubscribe(actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.uow.runAs(actor, async (em) => {
      const [revoked] = await revokeCalendarFeeds(em, actor.userId);
      if (!revoked) throw new NotFoundException('You have no calendar subscription.');
      await this.audit.append(em, actor, origin, [{ action: 'calendar_feed.revoked', entityType: 'calendar_feed', entityId: revoked }]);
    });
  }

  /** The subscription feed: no session, so the token says whose it is (through a narrow SECURITY DEFINER function). */
  async feed(token: string | undefined, origin: RequestOrigin): Promise<string> {
    const notFound = new NotFoundException('This calendar address is not valid; make a new one in Beside.');
    if (!token || !/^[A-Za-z0-9_-]{20,200}$/.test(token)) throw notFound;
    const owner = await this.uow.run(NO_CONTEXT, (em) => findCalendarFeedOwner(em, sha256Hex(token)));
    if (!owner || owner.status !== 'active' || !['advocate', 'manager'].includes(owner.role)) throw notFound;
    const actor: Actor = { userId: owner.user_id, organisationId: owner.organisation_id, role: owner.role, sessionId: '', displayName: owner.display_name };
    return this.uow.runAs(actor, async (em) => {
      await markCalendarFeedUsed(em, owner.feed_id);
      return this.accompanimentsFeed(em, actor, origin, toFeedEvent);
    });
  }

  private async accompanimentsFeed(
    em: EntityManager,
    actor: Actor,
    origin: RequestOrigin,
    shape: (row: CalendarEventRow, host: string) => IcsEvent = toEvent,
  ): Promise<string> {
    const rows = await findAccompanimentCalendarEvents(em, actor.userId);
    // One event per woman whose appointments the feed carries, naming her.
    await this.audit.append(
      em,
      actor,
      origin,
      listEvents({ action: 'accompaniment.export', entityType: 'accompaniment' }, rows.map((r) => ({ id: r.id, subjectId: r.service_user_id })), 'appointmentIds'),
    );
    return renderCalendar('Beside: accompaniments', rows.map((r) => shape(r, this.host)));
  }
}
