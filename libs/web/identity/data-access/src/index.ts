export * from './lib/identity-api';
export * from './lib/account.store';
export * from './lib/sign-out';
export * from './lib/fragment-token';
export * from './lib/accounts-admin.store';
export * from './lib/sign-in.store';
export * from './lib/two-step-code';
