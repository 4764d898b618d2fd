import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { ChangeProposalView } from '@beside/shared/contracts';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { JourneyRecordAccess } from '../../journeys/journey-record-access';
import { PortalScope } from '../portal-scope';
import { findHerProposals, findProposal, forHer } from './change-proposal.repository';
import { CreateChangeProposalDto } from './dto/change-proposal.dto';
import { ruleFor, TARGET_TABLE } from './proposal-targets';

/** She asks to change something staff wrote in her plan or appointments, with her reason. */
@Injectable()
export class MyChangeProposalsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
  ) {}

  async propose(actor: Actor, body: CreateChangeProposalDto, origin: RequestOrigin): Promise<ChangeProposalView> {
    const { rule } = ruleFor(body.targetType, body.field, body.proposedValue);
    return this.uow.run(identityContext(actor), async (em) => {
      // A record that is not hers (or a staff-only note, which she cannot see) is not found.
      const scope = await this.records.require(em, actor, body.targetType, body.targetId);
      const table = TARGET_TABLE[body.targetType];
      const [target]: { created_by: string | null; current: string | null; visibility?: string }[] = await em.query(
        `SELECT created_by, ${rule.column}::text AS current${table === 'note' ? ', visibility' : ''} FROM ${table} WHERE id = $1`,
        [body.targetId],
      );
      if (table === 'note' && target.visibility !== 'shared') {
        throw new BadRequestException(['targetId must be a note shared with you']);
      }
      if (target.created_by === actor.userId) {
        throw new ConflictException({ message: 'You wrote this yourself, so you can change it directly.' });
      }
      if ((target.current ?? '') === body.proposedValue) {
        throw new BadRequestException(['proposedValue is the same as what it says now']);
      }
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO change_proposal (organisation_id, journey_id, service_user_id, target_type, target_id, field,
                                      original_value, proposed_value, reason, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
        [actor.organisationId, scope.id, scope.serviceUserId, body.targetType, body.targetId, body.field, target.current, body.proposedValue, body.reason, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        {
          action: 'change_proposal.created',
          entityType: 'change_proposal',
          entityId: row.id,
          subjectId: scope.serviceUserId,
          detail: { targetType: body.targetType, targetId: body.targetId, field: body.field },
        },
      ]);
      return forHer((await findProposal(em, row.id)) as ChangeProposalView);
    });
  }

  async mine(actor: Actor, origin: RequestOrigin): Promise<ChangeProposalView[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const rows = await findHerProposals(em, serviceUserId);
      await this.audit.append(em, actor, origin, [
        { action: 'change_proposal.list', entityType: 'change_proposal', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows;
    });
  }
}
