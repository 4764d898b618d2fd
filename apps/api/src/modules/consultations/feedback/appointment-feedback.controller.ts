import { Body, Query } from '@nestjs/common';
import { NOT_YOURS } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { AppointmentFeedbackService } from './appointment-feedback.service';
import { AppointmentFeedbackDto, FeedbackReportQueryDto } from './dto/appointment-feedback.dto';

@RouteGroup('portal', { path: 'my/appointment-feedback', policy: 'portal:use', notFound: NOT_YOURS })
export class MyAppointmentFeedbackController {
  constructor(private readonly feedback: AppointmentFeedbackService) {}

  @Route.get('/', { ok: 'Your appointments in the last 60 days that an advocate went to with you, still waiting for your feedback' })
  waiting(@CurrentCaller() { actor, origin }: Caller) {
    return this.feedback.waiting(actor, origin);
  }

  @Route.post(':appointmentId', {
    ok: 'Thank you: your feedback is kept with no link to you',
    badRequest: 'A statement we do not ask about, an answer not on the scale, or no answer at all: nothing is stored',
    conflict: 'You have given feedback on this appointment already',
  })
  give(@UuidParam('appointmentId') id: string, @Body() body: AppointmentFeedbackDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.feedback.give(actor, id, body, origin);
  }
}

@RouteGroup('reports', { path: 'reports/appointment-feedback', policy: 'report:read' })
export class AppointmentFeedbackReportController {
  constructor(private readonly feedback: AppointmentFeedbackService) {}

  @Route.get('/', { ok: 'Anonymous feedback after accompanied appointments, by month; counts from 1 to 4 shown as "<5"', badRequest: 'Months out of order or too many' })
  report(@Query() query: FeedbackReportQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.feedback.report(actor, query.from, query.to, origin);
  }
}
