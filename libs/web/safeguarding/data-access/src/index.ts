export * from './lib/safeguarding-api';
export * from './lib/concerns-register.store';
export * from './lib/concern.store';
export * from './lib/journey-concerns.store';
export * from './lib/notifications.store';
export * from './lib/loaded-value';
