export * from './lib/password-reset.routes';
