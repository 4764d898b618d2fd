import { ConflictException, Injectable } from '@nestjs/common';
import type { ConsentView, ServiceUserProfile } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit/audit-writer';
import type { Actor, RequestOrigin } from '../authz/actor';
import { identityContext } from '../identity/identity-context';
import { pickChanges, staleVersion, versionedUpdate } from '../journeys/versioned-update';
import { CreateConsentDto } from './dto/consent.dto';
import { UpdateServiceUserDto } from './dto/service-user.dto';
import { SERVICE_USER_NOT_FOUND, ServiceUserAccess } from './service-user-access';
import { findConsent, findConsents, findProfile, PROFILE_COLUMNS, safeContactJson } from './service-user.repository';

@Injectable()
export class ServiceUsersService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: ServiceUserAccess,
    private readonly audit: AuditWriter,
  ) {}

  async read(actor: Actor, serviceUserId: string, origin: RequestOrigin): Promise<ServiceUserProfile> {
    return this.uow.run(identityContext(actor), async (em) => {
      await this.access.require(em, actor, serviceUserId);
      const profile = await findProfile(em, serviceUserId);
      if (!profile) throw new OutOfScopeException('service_user', serviceUserId, false, SERVICE_USER_NOT_FOUND);
      await this.audit.append(em, actor, origin, [
        { action: 'service_user.read', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId },
      ]);
      return profile;
    });
  }

  async update(actor: Actor, serviceUserId: string, body: UpdateServiceUserDto, origin: RequestOrigin): Promise<ServiceUserProfile> {
    return this.uow.run(identityContext(actor), async (em) => {
      await this.access.require(em, actor, serviceUserId);
      const { changes, fields } = pickChanges(body, PROFILE_COLUMNS, {
        name: (v) => String(v).trim(),
        safeContact: safeContactJson,
      });
      const updated = await versionedUpdate(em, 'service_user', serviceUserId, body.version, changes, actor.userId);
      if (!updated) throw staleVersion(await findProfile(em, serviceUserId));
      await this.audit.append(em, actor, origin, [
        { action: 'service_user.updated', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId, detail: { fields } },
      ]);
      return (await findProfile(em, serviceUserId)) as ServiceUserProfile;
    });
  }

  async consents(actor: Actor, serviceUserId: string, origin: RequestOrigin): Promise<ConsentView[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      await this.access.require(em, actor, serviceUserId);
      const rows = await findConsents(em, serviceUserId);
      await this.audit.append(em, actor, origin, [
        { action: 'consent.list', entityType: 'consent', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } },
      ]);
      return rows;
    });
  }

  async recordConsent(actor: Actor, serviceUserId: string, body: CreateConsentDto, origin: RequestOrigin): Promise<ConsentView> {
    return this.uow.run(identityContext(actor), async (em) => {
      await this.access.require(em, actor, serviceUserId);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO consent (organisation_id, service_user_id, agreement, shared_with, given_on, valid_until, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [actor.organisationId, serviceUserId, body.agreement.trim(), body.sharedWith ?? null, body.givenOn, body.validUntil ?? null, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'consent.created', entityType: 'consent', entityId: row.id, subjectId: serviceUserId, detail: { fields: Object.keys(body) } },
      ]);
      return (await findConsent(em, row.id)) as ConsentView;
    });
  }

  async withdrawConsent(actor: Actor, consentId: string, version: number, origin: RequestOrigin): Promise<ConsentView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const [owner]: { service_user_id: string; withdrawn_at: Date | null }[] = await em.query(
        `SELECT service_user_id, withdrawn_at FROM consent WHERE id = $1`,
        [consentId],
      );
      if (!owner) throw new OutOfScopeException('consent', consentId, false, 'Consent not found');
      await this.access.require(em, actor, owner.service_user_id).catch((e: unknown) => {
        throw e instanceof OutOfScopeException ? new OutOfScopeException('consent', consentId, true, 'Consent not found') : e;
      });
      if (owner.withdrawn_at) throw new ConflictException({ message: 'This consent was already withdrawn.', current: await findConsent(em, consentId) });
      const updated = await versionedUpdate(em, 'consent', consentId, version, { withdrawn_at: new Date(), withdrawn_by: actor.userId }, actor.userId);
      if (!updated) throw staleVersion(await findConsent(em, consentId));
      await this.audit.append(em, actor, origin, [
        { action: 'consent.updated', entityType: 'consent', entityId: consentId, subjectId: owner.service_user_id, detail: { fields: ['withdrawnAt'] } },
      ]);
      return (await findConsent(em, consentId)) as ConsentView;
    });
  }
}
