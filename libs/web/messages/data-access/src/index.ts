export * from './lib/messages-admin-api';
export * from './lib/messages-admin.store';
