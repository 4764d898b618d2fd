import { Body, Controller, Get, Header, Patch } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../../authz';
import { UpdateMyPreparationDto } from './dto/my-preparation.dto';
import { MyAppointmentsService } from './my-appointments.service';

@ApiTags('my appointments')
@ApiNotFoundResponse({ description: 'Not one of yours (or missing): the same answer' })
@Controller('my/appointments')
export class MyAppointmentsController {
  constructor(private readonly appointments: MyAppointmentsService) {}

  @Get()
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Your upcoming and past appointments, with who is coming with you' })
  list(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.list(actor, origin);
  }

  // Declared before :appointmentId so that "….ics" is never read as an id.
  @Get(':appointmentId.ics')
  @Allow('portal:use')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="appointment.ics"')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'This appointment for your calendar (no notes: a calendar can be seen by others)' })
  ics(@UuidParam('appointmentId') appointmentId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.ics(actor, appointmentId, origin);
  }

  @Get(':appointmentId')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'One of your appointments' })
  read(@UuidParam('appointmentId') appointmentId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.read(actor, appointmentId, origin);
  }

  @Patch(':appointmentId/preparation')
  @Allow('portal:use')
  @ApiOkResponse({ description: 'Your "what I want to say" notes, saved' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  updatePreparation(@UuidParam('appointmentId') appointmentId: string, @Body() body: UpdateMyPreparationDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.appointments.updatePreparation(actor, appointmentId, body, origin);
  }
}
