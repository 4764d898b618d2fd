import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../common/uuid-param';
import { OUT_OF_REACH } from '../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { AccompanimentsService } from './accompaniments.service';
import { AppointmentsService } from './appointments.service';
import { CreateAccompanimentDto, UpdateAccompanimentDto } from './dto/accompaniment.dto';
import { AppointmentListQueryDto, CreateAppointmentDto, RescheduleAppointmentDto, UpdateAppointmentDto } from './dto/appointment.dto';

@RouteGroup('appointments', { notFound: OUT_OF_REACH })
export class AppointmentsController {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly accompaniments: AccompanimentsService,
  ) {}

  @Route.get('journeys/:journeyId/appointments', 'journey:read', { ok: 'Her appointments, earliest first, with their accompaniment; keyset pages' })
  list(@UuidParam('journeyId') journeyId: string, @Query() query: AppointmentListQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.list(actor, journeyId, query, origin);
  }

  @Route.post('journeys/:journeyId/appointments', 'journey:write', { created: 'The appointment, planned' })
  create(@UuidParam('journeyId') journeyId: string, @Body() body: CreateAppointmentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.create(actor, journeyId, body, origin);
  }

  @Route.get('appointments/:appointmentId', 'journey:read', { ok: 'One appointment with its accompaniment' })
  read(@UuidParam('appointmentId') id: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.read(actor, id, origin);
  }

  @Route.patch('appointments/:appointmentId', 'journey:write', { ok: 'The appointment as saved', conflict: 'Stale version ({ message, current }), or an accompanying advocate would be double-booked' })
  update(@UuidParam('appointmentId') id: string, @Body() body: UpdateAppointmentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.update(actor, id, body, origin);
  }

  @Route.post('appointments/:appointmentId/reschedule', 'journey:write', {
    created: 'The replacement appointment; the old one is marked rescheduled and links to it',
    conflict: 'Stale version, or not a planned appointment',
  })
  reschedule(@UuidParam('appointmentId') id: string, @Body() body: RescheduleAppointmentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.reschedule(actor, id, body, origin);
  }

  @Route.post('appointments/:appointmentId/accompaniment', 'journey:write', {
    created: 'Who supports the appointment and at which support level',
    conflict: 'An advocate is already accompanying an overlapping appointment (the message says when)',
  })
  accompany(@UuidParam('appointmentId') id: string, @Body() body: CreateAccompanimentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.accompaniments.create(actor, id, body, origin);
  }

  @Route.patch('accompaniments/:accompanimentId', 'journey:write', { ok: 'The accompaniment as saved', conflict: 'Stale version ({ message, current }), or a double booking' })
  updateAccompaniment(@UuidParam('accompanimentId') id: string, @Body() body: UpdateAccompanimentDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.accompaniments.update(actor, id, body, origin);
  }
}
