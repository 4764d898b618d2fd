import { type Caller, CurrentCaller, Route, RouteGroup } from '../../authz';
import { OUT_OF_REACH } from '../../../common/route-answers';
import { UuidParam } from '../../../common/uuid-param';
import { JourneyWork } from '../../journeys';
import { findHerStatement } from './her-statement.repository';

/** Her statement for professionals as staff read it on her journey page. */
@RouteGroup('challenges', { notFound: OUT_OF_REACH })
export class HerStatementController {
  constructor(private readonly work: JourneyWork) {}

  @Route.get('journeys/:journeyId/statement', 'journey:read', { ok: 'Her statement for professionals, in her words, and what she chose to share it with' })
  read(@UuidParam('journeyId') journeyId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.work.onJourney(actor, origin, journeyId, async (em, journey, audit) => {
      await audit({ action: 'her_statement.read', entityType: 'her_statement', subjectId: journey.serviceUserId });
      return findHerStatement(em, journey.serviceUserId);
    });
  }
}
