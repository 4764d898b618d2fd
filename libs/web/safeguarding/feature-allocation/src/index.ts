export * from './lib/allocation.routes';
