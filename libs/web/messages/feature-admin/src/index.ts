export * from './lib/messages-admin.routes';
