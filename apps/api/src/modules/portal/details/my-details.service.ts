import { Injectable } from '@nestjs/common';
import type { MyDetails, ServiceUserProfile } from '@beside/shared/contracts';
import { UnitOfWork } from '../../../database/unit-of-work';
import { AuditWriter } from '../../audit/audit-writer';
import type { Actor, RequestOrigin } from '../../authz/actor';
import { identityContext } from '../../identity/identity-context';
import { pickChanges, staleVersion, versionedUpdate } from '../../journeys/versioned-update';
import { findProfile, safeContactJson } from '../../service-users/service-user.repository';
import { PortalScope } from '../portal-scope';
import { UpdateMyDetailsDto } from './dto/my-details.dto';

export function toMyDetails(p: ServiceUserProfile): MyDetails {
  return { name: p.name, preferredName: p.preferredName, pronouns: p.pronouns, accessibilityNeeds: p.accessibilityNeeds, safeContact: p.safeContact, version: p.version };
}

@Injectable()
export class MyDetailsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly scope: PortalScope,
    private readonly audit: AuditWriter,
  ) {}

  async read(actor: Actor, origin: RequestOrigin): Promise<MyDetails> {
    return this.uow.run(identityContext(actor), async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const profile = (await findProfile(em, serviceUserId)) as ServiceUserProfile;
      await this.audit.append(em, actor, origin, [
        { action: 'service_user.read', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId },
      ]);
      return toMyDetails(profile);
    });
  }

  /** Her own edit of the same row staff read: field names are audited, never what she wrote. */
  async update(actor: Actor, body: UpdateMyDetailsDto, origin: RequestOrigin): Promise<MyDetails> {
    return this.uow.run(identityContext(actor), async (em) => {
      const serviceUserId = await this.scope.serviceUser(em, actor);
      const { changes, fields } = pickChanges(
        body,
        { preferredName: 'preferred_name', pronouns: 'pronouns', accessibilityNeeds: 'accessibility_needs', safeContact: 'safe_contact' },
        { safeContact: safeContactJson },
      );
      if (!(await versionedUpdate(em, 'service_user', serviceUserId, body.version, changes, actor.userId))) {
        throw staleVersion(toMyDetails((await findProfile(em, serviceUserId)) as ServiceUserProfile));
      }
      await this.audit.append(em, actor, origin, [
        { action: 'service_user.updated', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId, detail: { fields } },
      ]);
      return toMyDetails((await findProfile(em, serviceUserId)) as ServiceUserProfile);
    });
  }
}
