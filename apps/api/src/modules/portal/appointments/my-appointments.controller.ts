import { Body, Header } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { NOT_YOURS, STALE_VERSION } from '../../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { UpdateMyPreparationDto } from './dto/my-preparation.dto';
import { MyAppointmentsService } from './my-appointments.service';

@RouteGroup('my appointments', { path: 'my/appointments', policy: 'portal:use', notFound: NOT_YOURS })
export class MyAppointmentsController {
  constructor(private readonly appointments: MyAppointmentsService) {}

  @Route.get('/', { ok: 'Your upcoming and past appointments, with who is coming with you' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.list(actor, origin);
  }

  // Declared before :appointmentId so that "….ics" is never read as an id.
  @Route.get(':appointmentId.ics', { ok: 'This appointment for your calendar (no notes: a calendar can be seen by others)' })
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="appointment.ics"')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/calendar')
  ics(@UuidParam('appointmentId') appointmentId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.ics(actor, appointmentId, origin);
  }

  @Route.get(':appointmentId', { ok: 'One of your appointments' })
  read(@UuidParam('appointmentId') appointmentId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.read(actor, appointmentId, origin);
  }

  @Route.patch(':appointmentId/preparation', { ok: 'Your "what I want to say" notes, saved', conflict: STALE_VERSION })
  updatePreparation(@UuidParam('appointmentId') appointmentId: string, @Body() body: UpdateMyPreparationDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.appointments.updatePreparation(actor, appointmentId, body, origin);
  }
}
