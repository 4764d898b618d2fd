export * from './lib/concerns.routes';
