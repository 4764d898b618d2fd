import { Injectable } from '@nestjs/common';
import type { MyDetails, SafeContact, ServiceUserProfile } from '@beside/shared/contracts';
import { existing } from '../../../common/existing';
import type { Actor, RequestOrigin } from '../../authz';
import { pickChanges, staleVersion, versionedUpdate } from '../../../database/versioned-update';
import { findProfile, mergeSafeContact } from '../../service-users';
import { PortalWork } from '../portal-work';
import { UpdateMyDetailsDto } from './dto/my-details.dto';

export function toMyDetails(p: ServiceUserProfile): MyDetails {
  return { name: p.name, preferredName: p.preferredName, pronouns: p.pronouns, accessibilityNeeds: p.accessibilityNeeds, safeContact: p.safeContact, version: p.version };
}

@Injectable()
export class MyDetailsService {
  constructor(private readonly portal: PortalWork) {}

  async read(actor: Actor, origin: RequestOrigin): Promise<MyDetails> {
    return this.portal.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const profile = existing(await findProfile(em, serviceUserId), 'service user');
      await audit({ action: 'service_user.read', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId });
      return toMyDetails(profile);
    });
  }

  /** Her own edit of the same row staff read: field names are audited, never what she wrote. */
  async update(actor: Actor, body: UpdateMyDetailsDto, origin: RequestOrigin): Promise<MyDetails> {
    return this.portal.forHer(actor, origin, async (em, serviceUserId, audit) => {
      const current = existing(await findProfile(em, serviceUserId), 'service user');
      const { changes, fields } = pickChanges(
        body,
        { preferredName: 'preferred_name', pronouns: 'pronouns', accessibilityNeeds: 'accessibility_needs', safeContact: 'safe_contact' },
        {
          // The times she gives herself are hers: nothing for her advocate to turn into windows any more.
          safeContact: (v) => {
            const sent = v as Partial<SafeContact>;
            return mergeSafeContact(sent.safeWindows ? { ...sent, safeWindowsReviewed: true } : sent, current.safeContact);
          },
        },
      );
      if (!(await versionedUpdate(em, 'service_user', serviceUserId, body.version, changes, actor.userId))) {
        throw staleVersion(toMyDetails(existing(await findProfile(em, serviceUserId), 'service user')));
      }
      await audit({ action: 'service_user.updated', entityType: 'service_user', entityId: serviceUserId, subjectId: serviceUserId, detail: { fields } });
      return toMyDetails(existing(await findProfile(em, serviceUserId), 'service user'));
    });
  }
}
