export * from './lib/intake.routes';
