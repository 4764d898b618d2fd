import { Body, HttpCode } from '@nestjs/common';
import { UuidParam } from '../../common/uuid-param';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { CreateOrganisationDto, InviteOrganisationAdminDto, SuspendOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@RouteGroup('network', { path: 'network/organisations', policy: 'network:manage' })
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Route.get('/', { ok: 'Every member organisation: its details, status and admins (names and emails); no case content' })
  list(@CurrentCaller() { actor, origin }: Caller) {
    return this.organisations.list(actor, origin);
  }

  @Route.post('/', { created: 'The new member organisation; its first admin is invited', conflict: 'The name is in use, or the address already has an account' })
  create(@Body() dto: CreateOrganisationDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.organisations.create(actor, dto, origin);
  }

  @Route.get(':organisationId', { notFound: 'No such member organisation' })
  get(@UuidParam('organisationId') organisationId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.organisations.get(actor, organisationId, origin);
  }

  @Route.patch(':organisationId', { conflict: 'A stale version (with the current one), or a name in use' })
  update(@UuidParam('organisationId') organisationId: string, @Body() dto: UpdateOrganisationDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.organisations.update(actor, organisationId, dto, origin);
  }

  @Route.post(':organisationId/suspend', { ok: 'Suspended: its people cannot sign in and their sessions end; nothing is deleted', conflict: 'Already suspended' })
  suspend(@UuidParam('organisationId') organisationId: string, @Body() dto: SuspendOrganisationDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.organisations.suspend(actor, organisationId, dto, origin);
  }

  @Route.post(':organisationId/reinstate', { conflict: 'Not suspended' })
  @HttpCode(200)
  reinstate(@UuidParam('organisationId') organisationId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.organisations.reinstate(actor, organisationId, origin);
  }

  @Route.post(':organisationId/admins', { created: 'The admin is invited (the link goes to that address)', conflict: 'The address already has an account, or the organisation is suspended' })
  inviteAdmin(@UuidParam('organisationId') organisationId: string, @Body() dto: InviteOrganisationAdminDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.organisations.inviteAdmin(actor, organisationId, dto, origin);
  }
}
