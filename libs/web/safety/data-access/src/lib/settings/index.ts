export * from './referral-agencies-api';
export * from './referral-agencies.store';
export * from './risk-checklists-api';
export * from './risk-checklists.store';
export * from './safety-overview.store';
