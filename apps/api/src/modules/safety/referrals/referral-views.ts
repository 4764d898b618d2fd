import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MultiAgencyReferralView } from '@beside/shared/contracts';
import { findReferralActions } from './actions/referral-action.repository';
import { findReferral, findReferralConcerns, findReferralEvents, type ReferralRow } from './multi-agency-referral.repository';
import { referralView } from './multi-agency-referral.view';

/** Referrals with their concerns, actions and history, each part read once for all. */
export async function referralViews(em: EntityManager, rows: ReferralRow[], today: string): Promise<MultiAgencyReferralView[]> {
  const ids = rows.map((r) => r.id);
  const concerns = await findReferralConcerns(em, ids);
  const actions = await findReferralActions(em, ids);
  const events = await findReferralEvents(em, ids);
  return rows.map((row) => referralView(row, { concerns, actions, events }, today));
}

export async function requireReferralView(em: EntityManager, id: string, today: string): Promise<MultiAgencyReferralView> {
  const row = await findReferral(em, id);
  if (!row) throw new ConflictException('This referral is gone.');
  const [view] = await referralViews(em, [row], today);
  return view;
}
