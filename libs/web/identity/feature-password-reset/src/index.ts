export * from './lib/password-reset.routes';
export * from './lib/set-password-form';
