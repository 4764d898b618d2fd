import { applyDecorators, Header, Query } from '@nestjs/common';
import { ApiProduces, ApiQuery } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Caller, CurrentCaller, Origin, type RequestOrigin, Route, RouteGroup } from '../authz';
import { CalendarService } from './calendar.service';

/** An iCalendar answer, never kept by a cache. */
const ICalendar = () =>
  applyDecorators(ApiProduces('text/calendar'), Header('Cache-Control', 'no-store'), Header('Content-Type', 'text/calendar; charset=utf-8'));

@RouteGroup('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Route.get('journeys/:journeyId/appointments.ics', 'journey:read', { ok: 'Her appointments as iCalendar: initials, professional, place and purpose only', notFound: 'Missing, or not in your reach' })
  @ICalendar()
  journeyAppointments(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.calendar.journeyAppointments(actor, journeyId, origin);
  }

  @Route.get('calendar/accompaniments.ics', 'journey:read', { ok: 'The appointments you accompany, from 90 days ago to a year ahead' })
  @ICalendar()
  myAccompaniments(@CurrentCaller() { actor, origin }: Caller) {
    return this.calendar.myAccompaniments(actor, origin);
  }

  @Route.post('calendar/subscription', 'journey:read', { created: 'A private address for your calendar app (shown once); any earlier one stops working' })
  subscribe(@CurrentCaller() { actor, origin }: Caller) {
    return this.calendar.subscribe(actor, origin);
  }

  @Route.delete('calendar/subscription', 'journey:read', { noContent: 'The private address stops working' })
  unsubscribe(@CurrentCaller() { actor, origin }: Caller) {
    return this.calendar.unsubscribe(actor, origin);
  }

  @Route.get('calendar/feed.ics', 'public', { ok: 'Your accompaniments, for a calendar app that cannot sign in', notFound: 'Unknown or revoked address' })
  @ICalendar()
  @ApiQuery({ name: 'token', required: true, description: 'From POST /api/calendar/subscription' })
  feed(@Query('token') token: string | undefined, @Origin() origin: RequestOrigin) {
    return this.calendar.feed(token, origin);
  }
}
