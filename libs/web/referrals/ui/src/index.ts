export * from './lib/labels';
export * from './lib/referral-status-tag';
export * from './lib/shared-record';
