export * from './lib/two-factor.routes';
