import { Injectable, NotFoundException } from '@nestjs/common';
import type { CalendarSubscription } from '@beside/shared/contracts';
import { EntityManager } from 'typeorm';
import { Environment } from '../../config/environment';
import { changedRows } from '../../database/changed-rows';
import { NO_CONTEXT, UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit/audit-writer';
import type { Actor, RequestOrigin } from '../authz/actor';
import { identityContext } from '../identity/identity-context';
import { randomToken, sha256Hex } from '../identity/secrets';
import { JourneyAccess } from '../journeys/journey-access';
import { IcsEvent, initials, renderCalendar } from './ics';

interface EventRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  professional_role: string;
  professional_organisation: string | null;
  location: string | null;
  remote: boolean;
  purpose: string | null;
  name: string;
  updated_at: Date;
}

// Only these columns ever reach a feed: no preparation, outcome, debrief, notes or code word.
const EVENT_COLUMNS = `a.id, a.starts_at, a.ends_at, a.status, a.professional_role, a.professional_organisation, a.location,
  a.remote, a.purpose, su.name, a.updated_at`;

const FEED_WINDOW = `a.starts_at > now() - interval '90 days' AND a.starts_at < now() + interval '400 days'`;

function toEvent(row: EventRow, host: string): IcsEvent {
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
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows: EventRow[] = await em.query(
        `SELECT ${EVENT_COLUMNS} FROM appointment a JOIN service_user su ON su.id = a.service_user_id
         WHERE a.journey_id = $1 AND a.status <> 'rescheduled' ORDER BY a.starts_at, a.id LIMIT 2000`,
        [journeyId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'appointment.export', entityType: 'appointment', subjectId: scope.serviceUserId, detail: { journeyId, count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return renderCalendar(`Appointments (${initials(rows[0]?.name ?? '')})`, rows.map((r) => toEvent(r, this.host)));
    });
  }

  async myAccompaniments(actor: Actor, origin: RequestOrigin): Promise<string> {
    return this.uow.run(identityContext(actor), (em) => this.accompanimentsFeed(em, actor, origin));
  }

  /** A new private subscription address; any earlier one stops working. The token is shown once. */
  async subscribe(actor: Actor, origin: RequestOrigin): Promise<CalendarSubscription> {
    const token = randomToken();
    return this.uow.run(identityContext(actor), async (em) => {
      await em.query(`UPDATE calendar_feed SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [actor.userId]);
      const [row]: { id: string; created_at: Date }[] = await em.query(
        `INSERT INTO calendar_feed (organisation_id, user_id, token_hash) VALUES ($1, $2, $3) RETURNING id, created_at`,
        [actor.organisationId, actor.userId, sha256Hex(token)],
      );
      await this.audit.append(em, actor, origin, [{ action: 'calendar_feed.created', entityType: 'calendar_feed', entityId: row.id }]);
      // The token goes in the query string: request logs keep the path only.
      return { url: `${this.env.PUBLIC_URL}/api/calendar/feed.ics?token=${token}`, createdAt: new Date(row.created_at).toISOString() };
    });
  }

  async unsubscribe(actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.uow.run(identityContext(actor), async (em) => {
      const rows = await changedRows<{ id: string }>(
        em,
        `UPDATE calendar_feed SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
        [actor.userId],
      );
      if (!rows.length) throw new NotFoundException('You have no calendar subscription.');
      await this.audit.append(em, actor, origin, [{ action: 'calendar_feed.revoked', entityType: 'calendar_feed', entityId: rows[0].id }]);
    });
  }

  /** The subscription feed: no session, so the token says whose it is (through a narrow SECURITY DEFINER function). */
  async feed(token: string | undefined, origin: RequestOrigin): Promise<string> {
    const notFound = new NotFoundException('This calendar address is not valid; make a new one in Beside.');
    if (!token || !/^[A-Za-z0-9_-]{20,200}$/.test(token)) throw notFound;
    const [owner] = await this.uow.run(NO_CONTEXT, (em) =>
      em.query(`SELECT * FROM beside_calendar_feed_for_token($1)`, [sha256Hex(token)]),
    ) as { feed_id: string; user_id: string; organisation_id: string; role: Actor['role']; status: string; display_name: string }[];
    if (!owner || owner.status !== 'active' || !['advocate', 'manager'].includes(owner.role)) throw notFound;
    const actor: Actor = { userId: owner.user_id, organisationId: owner.organisation_id, role: owner.role, sessionId: '', displayName: owner.display_name };
    return this.uow.run(identityContext(actor), async (em) => {
      await em.query(`UPDATE calendar_feed SET last_used_at = now() WHERE id = $1`, [owner.feed_id]);
      return this.accompanimentsFeed(em, actor, origin);
    });
  }

  private async accompanimentsFeed(em: EntityManager, actor: Actor, origin: RequestOrigin): Promise<string> {
    const rows: (EventRow & { service_user_id: string })[] = await em.query(
      `SELECT ${EVENT_COLUMNS}, a.service_user_id
       FROM accompaniment_advocate aa
       JOIN accompaniment ac ON ac.id = aa.accompaniment_id
       JOIN appointment a ON a.id = ac.appointment_id
       JOIN service_user su ON su.id = a.service_user_id
       WHERE aa.advocate_id = $1 AND a.status <> 'rescheduled' AND ${FEED_WINDOW}
       ORDER BY a.starts_at, a.id LIMIT 2000`,
      [actor.userId],
    );
    await this.audit.append(em, actor, origin, [
      { action: 'accompaniment.export', entityType: 'accompaniment', detail: { count: rows.length, appointmentIds: rows.map((r) => r.id) } },
    ]);
    return renderCalendar('Beside: accompaniments', rows.map((r) => toEvent(r, this.host)));
  }
}
