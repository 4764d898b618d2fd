import { Body, Param } from '@nestjs/common';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../../../authz';
import { SaveReferralAgencyDto } from '../dto/referral-agency.dto';
import { AgencyCatalogue } from './agency-catalogue';

/** The organisation's list of agencies to refer to: MARAC, adult safeguarding, police, children's services and its own. */
@RouteGroup('multi-agency referrals')
export class ReferralAgenciesController {
  constructor(private readonly catalogue: AgencyCatalogue) {}

  @Route.get('referral-agencies', 'journey:read', { ok: "The organisation's agencies: the defaults with its changes, and its own" })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.catalogue.list(actor, origin);
  }

  @Route.put('referral-agencies/:key', 'safety:configure', {
    ok: 'The agency as saved (a changed default or one of your own; saving an archived one brings it back); referrals made keep the name they were made with',
    badRequest: 'A malformed key, an empty name or description, or an outcome status not in the list',
  })
  save(@Param('key') key: string, @Body() body: SaveReferralAgencyDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.catalogue.save(actor, key, body, origin);
  }

  @Route.delete('referral-agencies/:key', 'safety:configure', { ok: 'Archived: no new referrals to it (those made carry on)', notFound: 'No agency with this key' })
  archive(@Param('key') key: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.catalogue.archive(actor, key, origin);
  }
}
