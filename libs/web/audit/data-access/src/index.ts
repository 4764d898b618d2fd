export * from './lib/audit-api';
export * from './lib/audit.store';
export * from './lib/keyset-list';
