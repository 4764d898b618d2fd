import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { InvitationCreated, InvitationView } from '@beside/shared/contracts';
import { can } from '@beside/shared/authz';
import type { Actor, RequestOrigin } from '../authz/actor';
import { AuditWriter } from '../audit/audit-writer';
import { UnitOfWork } from '../../database/unit-of-work';
import { Environment } from '../../config/environment';
import { CreateInvitationDto } from './dto/invitation.dto';
import { identityContext } from './identity-context';
import { MailOutbox } from './mail-outbox';
import { PasswordHasher } from './password-hasher';
import { PASSWORD_MIN_WITHOUT_SECOND_FACTOR, passwordProblem } from './password-policy';
import { findLiveToken, issueToken, spendToken } from './one-time-tokens';

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
    return this.uow.run(identityContext(actor), async (em) => {
      let subjectId: string | null = null;
      if (dto.serviceUserId) {
        const [serviceUser]: { id: string; account_id: string | null }[] = await em.query(
          `SELECT su.id, su.account_id FROM service_user su
           WHERE su.id = $1 AND ($2 = 'manager' OR EXISTS (
             SELECT 1 FROM journey j WHERE j.service_user_id = su.id AND j.status <> 'closed'
               AND (j.primary_advocate_id = $3 OR j.secondary_advocate_id = $3)))`,
          [dto.serviceUserId, actor.role, actor.userId],
        );
        if (!serviceUser) throw new NotFoundException('Service user not found');
        if (serviceUser.account_id) throw new ConflictException('She already has an account.');
        subjectId = serviceUser.id;
      }
      const existing: unknown[] = await em.query(`SELECT 1 FROM beside_account_for_sign_in($1)`, [dto.email]);
      if (existing.length) throw new ConflictException({ message: ['email: An account with that email address already exists.'] });
      const [account]: { id: string }[] = await em.query(
        `INSERT INTO user_account (organisation_id, role, email, display_name, status, created_by, updated_by)
         VALUES ($1, $2, $3, $4, 'invited', $5, $5) RETURNING id`,
        [actor.organisationId, dto.role, dto.email.trim(), dto.displayName.trim(), actor.userId],
      );
      if (subjectId) await em.query(`UPDATE service_user SET account_id = $2, updated_at = now() WHERE id = $1`, [subjectId, account.id]);
      const { token, expiresAt } = await issueToken(em, 'invitation', { id: account.id, organisationId: actor.organisationId }, actor.userId);
      await this.outbox.send(em, {
        organisationId: actor.organisationId,
        recipient: dto.email.trim(),
        template: 'invitation',
        subject: 'You have been invited to Beside',
        body: `Hello. You have been invited to Beside. Set your password here within 3 days:\n${this.env.PUBLIC_URL}/invitation#token=${token}\n`,
      });
      await this.audit.append(em, actor, origin, [
        { action: 'account.invited', entityType: 'user_account', entityId: account.id, subjectId, detail: { role: dto.role } },
      ]);
      return { accountId: account.id, expiresAt: expiresAt.toISOString() };
    });
  }

  async inspect(token: string): Promise<InvitationView> {
    const live = await findLiveToken(this.uow, token, 'invitation');
    if (!live) throw new NotFoundException(INVALID_LINK);
    return this.uow.run({ organisationId: live.organisationId, userId: null, role: null }, async (em) => {
      const [row]: { display_name: string; role: InvitationView['role']; organisation_name: string }[] = await em.query(
        `SELECT u.display_name, u.role, o.name AS organisation_name
         FROM user_account u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1 AND u.status = 'invited'`,
        [live.userId],
      );
      if (!row) throw new NotFoundException(INVALID_LINK);
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
    const [account]: { email: string; role: string; status: string }[] = await this.uow.run(context, (em) =>
      em.query(`SELECT email, role, status FROM user_account WHERE id = $1`, [live.userId]),
    );
    if (!account || account.status !== 'invited') throw new NotFoundException(INVALID_LINK);
    const problem = passwordProblem(password, { hasSecondFactor: false, email: account.email });
    if (problem) throw new BadRequestException({ message: [`password: ${problem}`] });
    const hash = await this.hasher.hash(password);
    await this.uow.run(context, async (em) => {
      if (!(await spendToken(em, live.tokenId))) throw new NotFoundException(INVALID_LINK);
      await em.query(
        `UPDATE user_account SET password_hash = $2, password_changed_at = now(), status = 'active', updated_at = now(), updated_by = $1, version = version + 1
         WHERE id = $1 AND status = 'invited'`,
        [live.userId, hash],
      );
      await this.audit.append(em, { userId: live.userId, role: account.role, organisationId: live.organisationId }, origin, [
        { action: 'account.invitation_accepted', entityType: 'user_account', entityId: live.userId },
      ]);
    });
  }
}
