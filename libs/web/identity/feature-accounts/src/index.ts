export * from './lib/accounts.routes';
