export * from './multi-agency-referrals-api';
export * from './multi-agency-referrals.store';
