export * from './lib/journey.routes';
