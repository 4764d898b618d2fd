export * from './lib/my-safety.routes';
