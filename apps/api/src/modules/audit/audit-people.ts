import { BadRequestException, Controller, Get, Injectable, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuditPerson } from '@beside/shared/contracts';
import { UnitOfWork } from '../../database/unit-of-work';
import { containsPattern } from '../../database/contains-pattern';
import { Allow, CurrentActor, Origin, type Actor, type RequestOrigin } from '../authz';
import { AuditWriter } from './audit-writer';
import { findAccountsByName, findServiceUsersByName } from './audit.repository';
import { listEvents } from './list-events';

const PEOPLE_LIMIT = 20;

/**
 * People to search the audit trail by, chosen by name instead of an internal id: for "who did
 * it", every account of the organisation (staff of every role and women with an account); for
 * "whose data", the women (service users) by name. Managers only, as the audit trail is.
 */
@Injectable()
export class AuditPeopleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  async find(actor: Actor, role: 'actor' | 'subject', q: string | undefined, origin: RequestOrigin): Promise<AuditPerson[]> {
    if (role !== 'actor' && role !== 'subject') throw new BadRequestException(['as: Choose actor (who did it) or subject (whose data)']);
    if (q && q.length > 100) throw new BadRequestException(['q: Search with 100 characters or fewer']);
    return this.uow.runAs(actor, async (em) => {
      const pattern = containsPattern(q);
      if (role === 'actor') {
        const people = await findAccountsByName(em, pattern, PEOPLE_LIMIT);
        await this.audit.append(em, actor, origin, [
          { action: 'audit.people_list', entityType: 'user_account', detail: { count: people.length, as: role } },
        ]);
        return people;
      }
      const women = await findServiceUsersByName(em, pattern, PEOPLE_LIMIT);
      // Her name was shown: each woman listed is named as the subject of the look-up.
      await this.audit.append(
        em,
        actor,
        origin,
        listEvents({ action: 'audit.people_list', entityType: 'service_user', detail: { as: role } }, women.map((w) => ({ id: w.id, subjectId: w.id }))),
      );
      return women;
    });
  }
}

@ApiTags('audit')
@Controller()
export class AuditPeopleController {
  constructor(private readonly people: AuditPeopleService) {}

  @Get('audit/people')
  @Allow('audit:read')
  @ApiQuery({ name: 'as', enum: ['actor', 'subject'] })
  @ApiQuery({ name: 'q', required: false, description: 'Part of a name (or, for accounts, an email address)' })
  @ApiOkResponse({ description: 'Up to 20 people by name, to search the audit trail by' })
  find(@Query('as') as: string, @Query('q') q: string | undefined, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.people.find(actor, as as 'actor' | 'subject', typeof q === 'string' ? q : undefined, origin);
  }
}
