export * from './lib/referrals.routes';
export * from './lib/journey/journey-referrals-section';
