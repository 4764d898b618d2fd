import { Controller, Delete, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { Allow, Public, CurrentActor, Origin, type Actor, type RequestOrigin } from '../authz';
import { CalendarService } from './calendar.service';

const ICS = 'text/calendar; charset=utf-8';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('journeys/:journeyId/appointments.ics')
  @Allow('journey:read')
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Her appointments as iCalendar: initials, professional, place and purpose only' })
  @ApiNotFoundResponse({ description: 'Missing, or not in your reach' })
  journeyAppointments(@UuidParam('journeyId') journeyId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.calendar.journeyAppointments(actor, journeyId, origin);
  }

  @Get('calendar/accompaniments.ics')
  @Allow('journey:read')
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The appointments you accompany, from 90 days ago to a year ahead' })
  myAccompaniments(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.calendar.myAccompaniments(actor, origin);
  }

  @Post('calendar/subscription')
  @Allow('journey:read')
  @ApiCreatedResponse({ description: 'A private address for your calendar app (shown once); any earlier one stops working' })
  subscribe(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.calendar.subscribe(actor, origin);
  }

  @Delete('calendar/subscription')
  @HttpCode(204)
  @Allow('journey:read')
  @ApiNoContentResponse({ description: 'The private address stops working' })
  unsubscribe(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.calendar.unsubscribe(actor, origin);
  }

  @Get('calendar/feed.ics')
  @Public()
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/calendar')
  @ApiQuery({ name: 'token', required: true, description: 'From POST /api/calendar/subscription' })
  @ApiOkResponse({ description: 'Your accompaniments, for a calendar app that cannot sign in' })
  @ApiNotFoundResponse({ description: 'Unknown or revoked address' })
  feed(@Query('token') token: string | undefined, @Origin() origin: RequestOrigin) {
    return this.calendar.feed(token, origin);
  }
}
