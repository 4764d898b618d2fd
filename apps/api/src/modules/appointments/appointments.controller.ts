import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../authz';
import { AccompanimentsService } from './accompaniments.service';
import { AppointmentsService } from './appointments.service';
import { CreateAccompanimentDto, UpdateAccompanimentDto } from './dto/accompaniment.dto';
import { AppointmentListQueryDto, CreateAppointmentDto, RescheduleAppointmentDto, UpdateAppointmentDto } from './dto/appointment.dto';

@ApiTags('appointments')
@ApiNotFoundResponse({ description: 'Missing, or not in your reach: the same answer' })
@Controller()
export class AppointmentsController {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly accompaniments: AccompanimentsService,
  ) {}

  @Get('journeys/:journeyId/appointments')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'Her appointments, earliest first, with their accompaniment; keyset pages' })
  list(@UuidParam('journeyId') journeyId: string, @Query() query: AppointmentListQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.list(actor, journeyId, query, origin);
  }

  @Post('journeys/:journeyId/appointments')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'The appointment, planned' })
  create(@UuidParam('journeyId') journeyId: string, @Body() body: CreateAppointmentDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.create(actor, journeyId, body, origin);
  }

  @Get('appointments/:appointmentId')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'One appointment with its accompaniment' })
  read(@UuidParam('appointmentId') id: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.read(actor, id, origin);
  }

  @Patch('appointments/:appointmentId')
  @Allow('journey:write')
  @ApiOkResponse({ description: 'The appointment as saved' })
  @ApiConflictResponse({ description: 'Stale version ({ message, current }), or an accompanying advocate would be double-booked' })
  update(@UuidParam('appointmentId') id: string, @Body() body: UpdateAppointmentDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.update(actor, id, body, origin);
  }

  @Post('appointments/:appointmentId/reschedule')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'The replacement appointment; the old one is marked rescheduled and links to it' })
  @ApiConflictResponse({ description: 'Stale version, or not a planned appointment' })
  reschedule(@UuidParam('appointmentId') id: string, @Body() body: RescheduleAppointmentDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.reschedule(actor, id, body, origin);
  }

  @Post('appointments/:appointmentId/accompaniment')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'Who supports the appointment and at which support level' })
  @ApiConflictResponse({ description: 'An advocate is already accompanying an overlapping appointment (the message says when)' })
  accompany(@UuidParam('appointmentId') id: string, @Body() body: CreateAccompanimentDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.accompaniments.create(actor, id, body, origin);
  }

  @Patch('accompaniments/:accompanimentId')
  @Allow('journey:write')
  @ApiOkResponse({ description: 'The accompaniment as saved' })
  @ApiConflictResponse({ description: 'Stale version ({ message, current }), or a double booking' })
  updateAccompaniment(@UuidParam('accompanimentId') id: string, @Body() body: UpdateAccompanimentDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.accompaniments.update(actor, id, body, origin);
  }
}
