export * from './lib/referrals-api';
export * from './lib/journey-referrals.store';
export * from './lib/referral-inbox.store';
export * from './lib/my-referrals.store';
