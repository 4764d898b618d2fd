export * from './lib/portal-api';
export * from './lib/propose-change';
export * from './lib/my-plan.store';
export * from './lib/my-proposals.store';
export * from './lib/my-appointments.store';
export * from './lib/my-details.store';
export * from './lib/my-concerns.store';
export * from './lib/journey-proposals.store';
