import { changedRows } from '../../database/changed-rows';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { AccountView } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../authz/actor';
import { AuditWriter } from '../audit/audit-writer';
import { UnitOfWork } from '../../database/unit-of-work';
import { accountView, AccountRow } from './account-view';
import { UpdateAccountDto } from './dto/invitation.dto';
import { identityContext } from './identity-context';
import { SessionService } from './session.service';

/** Admins manage the organisation's accounts: roles and access, never case content. */
@Injectable()
export class AccountsAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly sessions: SessionService,
  ) {}

  async list(actor: Actor, origin: RequestOrigin): Promise<AccountView[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      const rows: AccountRow[] = await em.query(`SELECT * FROM user_account ORDER BY role, lower(display_name), id LIMIT 2000`);
      await this.audit.append(em, actor, origin, [
        { action: 'account.list', entityType: 'user_account', detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows.map(accountView);
    });
  }

  async update(actor: Actor, accountId: string, dto: UpdateAccountDto, origin: RequestOrigin): Promise<AccountView> {
    if (dto.role === undefined && dto.status === undefined) {
      throw new BadRequestException({ message: ['Send role or status (or both).'] });
    }
    if (accountId === actor.userId) throw new ConflictException('You cannot change your own role or access; ask another admin.');
    return this.uow.run(identityContext(actor), async (em) => {
      const [current]: AccountRow[] = await em.query(`SELECT * FROM user_account WHERE id = $1 FOR UPDATE`, [accountId]);
      if (!current) throw new NotFoundException('Account not found');
      if (dto.role && current.role === 'service_user') {
        throw new BadRequestException({ message: ['role: A service user account cannot be given a staff role.'] });
      }
      if (dto.status === 'active' && current.status === 'invited') {
        throw new BadRequestException({ message: ['status: An invited account becomes active when she sets her password.'] });
      }
      const [updated]: AccountRow[] = await changedRows(em,
        `UPDATE user_account SET role = coalesce($3, role), status = coalesce($4, status), updated_at = now(), updated_by = $5, version = version + 1
         WHERE id = $1 AND version = $2 RETURNING *`,
        [accountId, dto.version, dto.role ?? null, dto.status ?? null, actor.userId],
      );
      if (!updated) throw new ConflictException({ message: 'Someone else changed this account first.', current: accountView(current) });
      const changed = [dto.role && dto.role !== current.role ? 'role' : null, dto.status && dto.status !== current.status ? 'status' : null].filter(
        (f): f is string => !!f,
      );
      // A change of privilege or access ends every session at once.
      const ended = changed.length ? await this.sessions.revokeAllForUser(em, accountId) : 0;
      await this.audit.append(em, actor, origin, [
        {
          action: dto.status === 'disabled' && current.status !== 'disabled' ? 'account.disabled' : 'account.updated',
          entityType: 'user_account',
          entityId: accountId,
          detail: { fields: changed, from: { role: current.role, status: current.status }, to: { role: updated.role, status: updated.status }, sessionsEnded: ended },
        },
      ]);
      return accountView(updated);
    });
  }
}
