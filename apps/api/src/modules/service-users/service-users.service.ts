import { ConflictException, Injectable } from '@nestjs/common';
import type { ConsentView, SafeContact, ServiceUserProfile } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import { existing } from '../../common/existing';
import { AuditedWork } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { pickChanges, staleVersion, versionedUpdate } from '../../database/versioned-update';
import { CreateConsentDto } from './dto/consent.dto';
import { UpdateServiceUserDto } from './dto/service-user.dto';
import { SERVICE_USER_NOT_FOUND, ServiceUserAccess } from './service-user.access';
import { findConsent, findConsentOwner, findConsents, findProfile, insertConsent, PROFILE_COLUMNS } from './service-user.repository';
import { mergeSafeContact } from './safe-contact';

@Injectable()
export class ServiceUsersService {
  constructor(
    private readonly work: AuditedWork,
    private readonly access: ServiceUserAccess,
  ) {}

  async read(actor: Actor, serviceUserId: string, origin: RequestOrigin): Promise<ServiceUserProfile> {
    return this.work.run(actor, origin, async (em, audit) => {
      await this.access.require(em, actor, serviceUserId);
      const profile = await findProfile(em, serviceUserId);
      if (!profile) throw new OutOfScopeException('service_user', serviceUserId, false, SERVICE_USER_NOT_FOUND);
      await audit({ action: 'service_user.read', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId });
      return profile;
    });
  }

  async update(actor: Actor, serviceUserId: string, body: UpdateServiceUserDto, origin: RequestOrigin): Promise<ServiceUserProfile> {
    return this.work.run(actor, origin, async (em, audit) => {
      await this.access.require(em, actor, serviceUserId);
      const current = existing(await findProfile(em, serviceUserId), 'service user');
      const { changes, fields } = pickChanges(body, PROFILE_COLUMNS, {
        name: (v) => String(v).trim(),
        safeContact: (v) => mergeSafeContact(v as Partial<SafeContact>, current.safeContact),
      });
      const updated = await versionedUpdate(em, 'service_user', serviceUserId, body.version, changes, actor.userId);
      if (!updated) throw staleVersion(await findProfile(em, serviceUserId));
      await audit({ action: 'service_user.updated', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId, detail: { fields } });
      return existing(await findProfile(em, serviceUserId), 'service user');
    });
  }

  async consents(actor: Actor, serviceUserId: string, origin: RequestOrigin): Promise<ConsentView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      await this.access.require(em, actor, serviceUserId);
      const rows = await findConsents(em, serviceUserId);
      await audit({ action: 'consent.list', entityType: 'consent', subjectId: serviceUserId, detail: { count: rows.length, ids: rows.map((r) => r.id) } });
      return rows;
    });
  }

  async recordConsent(actor: Actor, serviceUserId: string, body: CreateConsentDto, origin: RequestOrigin): Promise<ConsentView> {
    return this.work.run(actor, origin, async (em, audit) => {
      await this.access.require(em, actor, serviceUserId);
      const consentId = await insertConsent(em, {
        organisationId: actor.organisationId,
        serviceUserId,
        agreement: body.agreement.trim(),
        sharedWith: body.sharedWith ?? null,
        givenOn: body.givenOn,
        validUntil: body.validUntil ?? null,
        createdBy: actor.userId,
      });
      await audit({ action: 'consent.created', entityType: 'consent', entityId: consentId, subjectId: serviceUserId, detail: { fields: Object.keys(body) } });
      return existing(await findConsent(em, consentId), 'consent');
    });
  }

  async withdrawConsent(actor: Actor, consentId: string, version: number, origin: RequestOrigin): Promise<ConsentView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const owner = await findConsentOwner(em, consentId);
      if (!owner) throw new OutOfScopeException('consent', consentId, false, 'Consent not found');
      await this.access.require(em, actor, owner.serviceUserId).catch((e: unknown) => {
        throw e instanceof OutOfScopeException ? new OutOfScopeException('consent', consentId, true, 'Consent not found') : e;
      });
      if (owner.withdrawnAt) throw new ConflictException({ message: 'This consent was already withdrawn.', current: await findConsent(em, consentId) });
      const updated = await versionedUpdate(em, 'consent', consentId, version, { withdrawn_at: new Date(), withdrawn_by: actor.userId }, actor.userId);
      if (!updated) throw staleVersion(await findConsent(em, consentId));
      await audit({ action: 'consent.updated', entityType: 'consent', entityId: consentId, subjectId: owner.serviceUserId, detail: { fields: ['withdrawnAt'] } });
      return existing(await findConsent(em, consentId), 'consent');
    });
  }
}
