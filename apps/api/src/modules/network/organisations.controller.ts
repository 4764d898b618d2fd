import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../authz';
import { CreateOrganisationDto, InviteOrganisationAdminDto, SuspendOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('network')
@Controller('network/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Allow('network:manage')
  @ApiOkResponse({ description: 'Every member organisation: its details, status and admins (names and emails); no case content' })
  list(@CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.organisations.list(actor, origin);
  }

  @Post()
  @Allow('network:manage')
  @ApiCreatedResponse({ description: 'The new member organisation; its first admin is invited' })
  @ApiConflictResponse({ description: 'The name is in use, or the address already has an account' })
  create(@Body() dto: CreateOrganisationDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.organisations.create(actor, dto, origin);
  }

  @Get(':organisationId')
  @Allow('network:manage')
  @ApiNotFoundResponse({ description: 'No such member organisation' })
  get(@UuidParam('organisationId') organisationId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.organisations.get(actor, organisationId, origin);
  }

  @Patch(':organisationId')
  @Allow('network:manage')
  @ApiConflictResponse({ description: 'A stale version (with the current one), or a name in use' })
  update(@UuidParam('organisationId') organisationId: string, @Body() dto: UpdateOrganisationDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.organisations.update(actor, organisationId, dto, origin);
  }

  @Post(':organisationId/suspend')
  @HttpCode(200)
  @Allow('network:manage')
  @ApiOkResponse({ description: 'Suspended: its people cannot sign in and their sessions end; nothing is deleted' })
  @ApiConflictResponse({ description: 'Already suspended' })
  suspend(@UuidParam('organisationId') organisationId: string, @Body() dto: SuspendOrganisationDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.organisations.suspend(actor, organisationId, dto, origin);
  }

  @Post(':organisationId/reinstate')
  @HttpCode(200)
  @Allow('network:manage')
  @ApiConflictResponse({ description: 'Not suspended' })
  reinstate(@UuidParam('organisationId') organisationId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.organisations.reinstate(actor, organisationId, origin);
  }

  @Post(':organisationId/admins')
  @Allow('network:manage')
  @ApiCreatedResponse({ description: 'The admin is invited (the link goes to that address)' })
  @ApiConflictResponse({ description: 'The address already has an account, or the organisation is suspended' })
  inviteAdmin(@UuidParam('organisationId') organisationId: string, @Body() dto: InviteOrganisationAdminDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.organisations.inviteAdmin(actor, organisationId, dto, origin);
  }
}
