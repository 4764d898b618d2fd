export * from './lib/shared-authz';
