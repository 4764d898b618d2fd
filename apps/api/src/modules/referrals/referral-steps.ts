import { ConflictException, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DbContext } from '../../database/unit-of-work';
import { UnitOfWork } from '../../database/unit-of-work';
import { identityContext } from '../../database/identity-context';
import { STALE_VERSION_MESSAGE } from '../../database/versioned-update';
import { AuditWriter } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { findReferral, lockReferralByLink, markWithdrawn, referenceTaken, type ReferralRow } from './referral.repository';
import { alreadyWords, toReferralView } from './referral-views';

// No 0/O, 1/I/L: a reference is read out over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * The other organisation's context, for the one step of a referral that writes there: its own row and
 * its own audit chain, under its row-level security. 'advocate' is the narrowest role that may hold a
 * referral row (her own context reaches only her outgoing ones); no one of that organisation is named.
 */
export function otherSide(organisationId: string): DbContext {
  return { organisationId, userId: null, role: 'advocate' };
}

/** Who did it, as the other organisation's chain records it: the role and the organisation, not the person. */
export function otherSideActor(actor: Actor, organisationId: string) {
  return { userId: null, role: actor.role, organisationId };
}

/**
 * The steps of a referral that both the sender's staff and she herself take (withdrawing it), and the
 * reference both organisations quote. Each changes both rows in one transaction, locking the sender's
 * row first and the receiver's second, as every step does.
 */
@Injectable()
export class ReferralSteps {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditWriter,
  ) {}

  /** A reference free in both organisations, e.g. R-7K3P9. */
  async freeReference(em: EntityManager, actor: Actor, toOrganisationId: string): Promise<string> {
    for (let attempt = 0; attempt < 12; attempt++) {
      let s = '';
      for (let i = 0; i < 5; i++) s += ALPHABET[randomInt(ALPHABET.length)];
      const reference = `R-${s}`;
      if (await referenceTaken(em, reference)) continue;
      const there = await this.uow.within(em, otherSide(toOrganisationId), identityContext(actor), () => referenceTaken(em, reference));
      if (!there) return reference;
    }
    throw new ConflictException('Could not find a free reference just now; please try again.');
  }

  /**
   * Withdrawn before it was accepted: by her in her portal, or by her advocate on her behalf. The
   * receiving organisation's copy of what she shared is cleared at once. `version` is the sender's row's,
   * when the caller knows it (staff); she withdraws whatever she sees.
   */
  async withdraw(em: EntityManager, actor: Actor, row: ReferralRow, version: number | null, origin: RequestOrigin): Promise<ReferralRow> {
    const locked = await lockReferralByLink(em, row.linkId);
    if (!locked) throw new ConflictException(alreadyWords(row.status));
    const current = () => findReferral(em, row.id, 'outgoing');
    if (version !== null && locked.version !== version) {
      const now = await current();
      throw new ConflictException({ message: STALE_VERSION_MESSAGE, current: now ? toReferralView(now) : null });
    }
    if (locked.status !== 'sent') throw new ConflictException(`${alreadyWords(locked.status)}: it can no longer be withdrawn.`);
    const byRole = actor.role;
    await this.uow.within(em, otherSide(row.otherOrganisationId), identityContext(actor), async () => {
      const theirs = await lockReferralByLink(em, row.linkId);
      if (!theirs || !(await markWithdrawn(em, theirs.id, null, byRole))) throw new ConflictException(`${alreadyWords(theirs?.status ?? 'withdrawn')}: it can no longer be withdrawn.`);
      await this.audit.append(em, otherSideActor(actor, row.otherOrganisationId), origin, [
        { action: 'referral.withdrawn', entityType: 'referral', entityId: theirs.id, detail: { reference: row.reference, fromOrganisationId: actor.organisationId, by: byRole } },
      ]);
    });
    if (!(await markWithdrawn(em, locked.id, actor.userId, byRole))) throw new ConflictException(`${alreadyWords(locked.status)}: it can no longer be withdrawn.`);
    await this.audit.append(em, actor, origin, [
      {
        action: 'referral.withdrawn',
        entityType: 'referral',
        entityId: locked.id,
        subjectId: row.serviceUserId,
        detail: { reference: row.reference, toOrganisationId: row.otherOrganisationId, journeyId: row.journeyId, by: byRole },
      },
    ]);
    const after = await current();
    if (!after) throw new Error('referral is missing from its own transaction');
    return after;
  }
}
