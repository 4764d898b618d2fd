export * from './lib/invitation.routes';
