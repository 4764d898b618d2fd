import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { InvitationCreated, InvitationView } from '@beside/shared/contracts';
import { can } from '@beside/shared/authz';
import type { Actor, RequestOrigin } from '../../authz';
import { AuditWriter } from '../../audit';
import { HerMessages } from '../../messages';
import { findServiceUserIdForAccount } from '../../service-users';
import { EntityManager } from 'typeorm';
import { NO_CONTEXT, UnitOfWork } from '../../../database/unit-of-work';
import { Environment } from '../../../config/environment';
import { CreateInvitationDto } from './dto/invitation.dto';
import { emailThrottleKey, normaliseEmail } from '../credentials/email';
import { sendInvitationLink } from './invitation-message';
import { MailOutbox } from './mail-outbox';
import { RoleApprovalsService } from '../accounts/role-approvals.service';
import { PasswordHasher } from '../credentials/password-hasher';
import { PASSWORD_MIN_WITHOUT_SECOND_FACTOR, passwordProblem } from '../credentials/password-policy';
import { findLiveToken } from './one-time-tokens';
import { spendToken, spendUnusedTokens } from './one-time-token.repository';
import { disableAccount, lockAccountStatus } from '../accounts/account.repository';
import { hasPendingApproval } from '../accounts/role-approval.repository';
import { findAccountForSignIn } from '../sign-in/sign-in.repository';
import {
  activateInvitedAccount,
  findInvitation,
  findInvitee,
  findServiceUserToInvite,
  insertInvitedAccount,
  lockAccountByEmail,
  linkServiceUserAccount,
  reinviteAccount,
  unlinkServiceUserAccount,
} from './invitation.repository';

const ADDRESS_TAKEN =
  'This email address already has a Beside account, so this invitation cannot be used. Ask whoever invited you to invite a different address.';
const INVALID_LINK = 'This invitation link is not valid any more. It may have been used already or be more than 3 days old. Please ask for a new one.';

/** Staff invite service users; admins invite staff. The invitee sets her own password from a one-time link. */
@Injectable()
export class InvitationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
    private readonly outbox: MailOutbox,
    private readonly hasher: PasswordHasher,
    private readonly env: Environment,
    private readonly approvals: RoleApprovalsService,
    private readonly her: HerMessages,
  ) {}

  async invite(actor: Actor, dto: CreateInvitationDto, origin: RequestOrigin): Promise<InvitationCreated> {
    const invitingStaff = dto.role !== 'service_user';
    if (invitingStaff && !can(actor.role, 'account:invite-staff')) {
      throw new ForbiddenException('Only an admin can invite staff.');
    }
    if (!invitingStaff && actor.role === 'admin') {
      throw new ForbiddenException('Service users are invited by their advocate or a manager.');
    }
    if (!invitingStaff && !dto.serviceUserId) {
      throw new BadRequestException({ message: ['serviceUserId: choose the service user this account is for'] });
    }
    const normalised = normaliseEmail(dto.email);
    if (!normalised.ok) throw new BadRequestException({ message: [`email: ${normalised.problem}`] });
    const email = normalised.email;
    return this.uow.runAs(actor, async (em) => {
      let subjectId: string | null = null;
      if (dto.serviceUserId) {
        const serviceUser = await findServiceUserToInvite(em, dto.serviceUserId, actor);
        if (!serviceUser) throw new NotFoundException('Service user not found');
        if (serviceUser.account_id) return this.inviteHerAgain(em, actor, origin, serviceUser.id, serviceUser.account_id, dto, email);
        subjectId = serviceUser.id;
      }
      // Only this organisation's accounts are looked at (row-level security): whether the address is
      // used in another organisation changes nothing in the answer (an invitation is not yet an account).
      const existing = await lockAccountByEmail(em, email);
      if (existing && !existing.withdrawn) throw new ConflictException({ message: ['email: An account with that email address already exists.'] });
      // A withdrawn invitation (never accepted) is invited afresh rather than blocking the address.
      const invitee = { role: dto.role, email: dto.email.trim(), displayName: dto.displayName.trim() };
      const accountId = existing
        ? await reinviteAccount(em, existing.id, invitee, actor.userId)
        : await insertInvitedAccount(em, actor.organisationId, invitee, actor.userId);
      if (subjectId) await linkServiceUserAccount(em, subjectId, accountId);
      await this.audit.append(em, actor, origin, [
        { action: 'account.invited', entityType: 'user_account', entityId: accountId, subjectId, detail: { role: dto.role } },
      ]);
      // A new manager waits for a manager's approval before any link is sent (separation of duties).
      if (dto.role === 'manager' && (await this.approvals.ask(em, actor, origin, accountId, 'invitation')) === 'pending') {
        return { accountId, expiresAt: null, awaitingApproval: true };
      }
      const expiresAt = await this.sendLink(em, actor, accountId, dto.role === 'service_user');
      return { accountId, expiresAt: expiresAt.toISOString(), awaitingApproval: false, notSentBecause: await this.herReach(em, subjectId) };
    });
  }

  /**
   * Her advocate invites her again before she has accepted (the first did not reach her, or went to
   * a wrong address): a fresh link to the address given now; the earlier link stops working. Once
   * she has an account, it is hers: 409.
   */
  private async inviteHerAgain(
    em: EntityManager,
    actor: Actor,
    origin: RequestOrigin,
    serviceUserId: string,
    accountId: string,
    dto: CreateInvitationDto,
    email: string,
  ): Promise<InvitationCreated> {
    const account = await lockAccountStatus(em, accountId);
    if (account?.status !== 'invited') throw new ConflictException('She already has an account.');
    const sameAddress = await lockAccountByEmail(em, email);
    if (sameAddress && sameAddress.id !== accountId && !sameAddress.withdrawn) {
      throw new ConflictException({ message: ['email: An account with that email address already exists.'] });
    }
    await reinviteAccount(em, accountId, { role: 'service_user', email: dto.email.trim(), displayName: dto.displayName.trim() }, actor.userId);
    const expiresAt = await this.sendLink(em, actor, accountId, true);
    await this.audit.append(em, actor, origin, [
      { action: 'account.invitation_resent', entityType: 'user_account', entityId: accountId, subjectId: serviceUserId, detail: { role: 'service_user' } },
    ]);
    return { accountId, expiresAt: expiresAt.toISOString(), awaitingApproval: false, notSentBecause: await this.herReach(em, serviceUserId) };
  }

  /** Withdraws an invitation that has not been accepted: its link stops working and the account is closed. */
  async withdraw(actor: Actor, accountId: string, origin: RequestOrigin): Promise<void> {
    await this.uow.runAs(actor, async (em) => {
      await this.invitedAccount(em, accountId);
      await spendUnusedTokens(em, accountId, 'invitation');
      await disableAccount(em, accountId, actor.userId);
      // Her profile can be invited again with another address.
      await unlinkServiceUserAccount(em, accountId);
      const approvalWithdrawn = await this.approvals.withdrawFor(em, accountId);
      await this.audit.append(em, actor, origin, [
        { action: 'account.invitation_withdrawn', entityType: 'user_account', entityId: accountId, detail: { approvalWithdrawn } },
      ]);
    });
  }

  /** Sends a fresh link (3 more days); the earlier link stops working. */
  async resend(actor: Actor, accountId: string, origin: RequestOrigin): Promise<InvitationCreated> {
    return this.uow.runAs(actor, async (em) => {
      const account = await this.invitedAccount(em, accountId);
      if (await hasPendingApproval(em, accountId)) throw new ConflictException('This invitation is waiting for a manager’s approval; the link is sent once it is approved.');
      const forHer = account.role === 'service_user';
      const expiresAt = await this.sendLink(em, actor, accountId, forHer);
      await this.audit.append(em, actor, origin, [{ action: 'account.invitation_resent', entityType: 'user_account', entityId: accountId }]);
      const serviceUserId = forHer ? await findServiceUserIdForAccount(em, accountId) : null;
      return { accountId, expiresAt: expiresAt.toISOString(), awaitingApproval: false, notSentBecause: await this.herReach(em, serviceUserId) };
    });
  }

  /**
   * The network operator invites a member organisation's admin (issue 17), inside the operator's own
   * transaction: the account, its link, its message and the audit event are written in the member's
   * context (UnitOfWork.within), where the operator's role sees only admin accounts. An address that is
   * already an account anywhere, or already invited here, is refused: one account is one organisation.
   */
  async inviteOrganisationAdmin(
    em: EntityManager,
    operator: Actor,
    organisationId: string,
    invitee: { name: string; email: string },
    origin: RequestOrigin,
  ): Promise<{ accountId: string; expiresAt: string }> {
    const normalised = normaliseEmail(invitee.email);
    if (!normalised.ok) throw new BadRequestException({ message: [`email: ${normalised.problem}`] });
    const holder = await findAccountForSignIn(em, normalised.email);
    if (holder && holder.password_hash !== null) {
      throw new ConflictException({ message: ['email: This address already has a Beside account. One account belongs to one organisation: ask for another address.'] });
    }
    const inMember = { organisationId, userId: operator.userId, role: operator.role };
    const back = { organisationId: operator.organisationId, userId: operator.userId, role: operator.role };
    return this.uow.within(em, inMember, back, async () => {
      const existing = await lockAccountByEmail(em, normalised.email);
      if (existing && !existing.withdrawn) throw new ConflictException({ message: ['email: This organisation already has an account with that address.'] });
      const account = { role: 'admin' as const, email: invitee.email.trim(), displayName: invitee.name.trim() };
      const accountId = existing
        ? await reinviteAccount(em, existing.id, account, operator.userId)
        : await insertInvitedAccount(em, organisationId, account, operator.userId);
      const expiresAt = await sendInvitationLink(em, this.outbox, this.env.PUBLIC_URL, { id: accountId, organisationId, forHer: false }, operator.userId);
      await this.audit.append(em, { ...operator, organisationId }, origin, [
        { action: 'account.invited', entityType: 'user_account', entityId: accountId, detail: { role: 'admin', by: 'network_operator' } },
      ]);
      return { accountId, expiresAt: expiresAt.toISOString() };
    });
  }

  private sendLink(em: EntityManager, actor: Actor, accountId: string, forHer: boolean): Promise<Date> {
    return sendInvitationLink(em, this.outbox, this.env.PUBLIC_URL, { id: accountId, organisationId: actor.organisationId, forHer }, actor.userId);
  }

  /** Why her invitation cannot reach her under her safe-contact rules (it waits in the outbox and is withdrawn); null for staff or when it can. */
  private herReach(em: EntityManager, serviceUserId: string | null): Promise<string | null> {
    return serviceUserId ? this.her.reachProblem(em, serviceUserId, 'invitation') : Promise.resolve(null);
  }

  private async invitedAccount(em: EntityManager, accountId: string): Promise<{ role: string }> {
    const row = await lockAccountStatus(em, accountId);
    if (!row) throw new NotFoundException('Account not found');
    if (row.status !== 'invited') throw new ConflictException('Only an invitation that has not been accepted can be withdrawn or sent again.');
    return row;
  }

  async inspect(token: string): Promise<InvitationView> {
    const live = await findLiveToken(this.uow, token, 'invitation');
    if (!live) throw new NotFoundException(INVALID_LINK);
    return this.uow.run({ organisationId: live.organisationId, userId: null, role: null }, async (em) => {
      const row = await findInvitation(em, live.userId);
      if (!row) throw new NotFoundException(INVALID_LINK);
      await this.refuseIfAddressTaken(live.userId, row.email, em);
      return {
        displayName: row.display_name,
        role: row.role,
        organisationName: row.organisation_name,
        passwordMinLength: PASSWORD_MIN_WITHOUT_SECOND_FACTOR,
      };
    });
  }

  async accept(token: string, password: string, origin: RequestOrigin): Promise<void> {
    const live = await findLiveToken(this.uow, token, 'invitation');
    if (!live) throw new NotFoundException(INVALID_LINK);
    const context = { organisationId: live.organisationId, userId: live.userId, role: null };
    const account = await this.uow.run(context, (em) => findInvitee(em, live.userId));
    if (!account || account.status !== 'invited') throw new NotFoundException(INVALID_LINK);
    await this.refuseIfAddressTaken(live.userId, account.email);
    const problem = passwordProblem(password, { hasSecondFactor: false, email: account.email });
    if (problem) throw new BadRequestException({ message: [`password: ${problem}`] });
    const hash = await this.hasher.hash(password);
    await this.uow.run(context, async (em) => {
      if (!(await spendToken(em, live.tokenId))) throw new NotFoundException(INVALID_LINK);
      await activateInvitedAccount(em, live.userId, hash).catch((error: { code?: string }) => {
          // Another organisation's invitation to the same address was accepted a moment before.
          throw error?.code === '23505' ? new ConflictException(ADDRESS_TAKEN) : error;
        });
      await this.audit.append(em, { userId: live.userId, role: account.role, organisationId: live.organisationId }, origin, [
        { action: 'account.invitation_accepted', entityType: 'user_account', entityId: live.userId },
      ]);
    });
  }

  /**
   * Two organisations may each have invited one address; once it is someone's account, the other
   * invitation cannot be accepted. Only the person holding the link (the address's owner) is told.
   */
  private async refuseIfAddressTaken(invitedId: string, email: string, em?: EntityManager): Promise<void> {
    const look = (m: EntityManager) => findAccountForSignIn(m, emailThrottleKey(email));
    const holder = em ? await look(em) : await this.uow.run(NO_CONTEXT, look);
    if (holder && holder.id !== invitedId && holder.password_hash !== null) throw new ConflictException(ADDRESS_TAKEN);
  }
}
