import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { AccountView } from '@beside/shared/contracts';
import type { Actor, RequestOrigin } from '../../authz';
import { AuditWriter } from '../../audit';
import { UnitOfWork } from '../../../database/unit-of-work';
import { accountView } from './account-view';
import { findAccountsWithPendingRole, lockAccount, updateRoleAndStatus } from './account.repository';
import { UpdateAccountDto } from './dto/account.dto';
import { RoleApprovalsService } from './role-approvals.service';
import { SessionService } from '../sessions/session.service';

/** Admins manage the organisation's accounts: roles and access, never case content. */
@Injectable()
export class AccountsAdminService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly sessions: SessionService,
    private readonly approvals: RoleApprovalsService,
  ) {}

  async list(actor: Actor, origin: RequestOrigin): Promise<AccountView[]> {
    return this.uow.runAs(actor, async (em) => {
      const rows = await findAccountsWithPendingRole(em);
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
    return this.uow.runAs(actor, async (em) => {
      const current = await lockAccount(em, accountId);
      if (!current) throw new NotFoundException('Account not found');
      if (dto.role && current.role === 'service_user') {
        throw new BadRequestException({ message: ['role: A service user account cannot be given a staff role.'] });
      }
      if (dto.status === 'active' && current.status === 'invited') {
        throw new BadRequestException({ message: ['status: An invited account becomes active when she sets her password.'] });
      }
      // Becoming a manager needs a manager's approval (separation of duties): the role waits, the rest applies.
      const askManager = dto.role === 'manager' && current.role !== 'manager';
      const pending = askManager && (await this.approvals.ask(em, actor, origin, accountId, 'role_change')) === 'pending';
      const role = pending ? null : dto.role ?? null;
      const updated = await updateRoleAndStatus(em, accountId, dto.version, { role, status: dto.status ?? null }, actor.userId);
      if (!updated) throw new ConflictException({ message: 'Someone else changed this account first.', current: accountView(current) });
      const changed = [role && role !== current.role ? 'role' : null, dto.status && dto.status !== current.status ? 'status' : null].filter(
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
      return accountView({ ...updated, pending_role: pending ? 'manager' : null });
    });
  }
}
