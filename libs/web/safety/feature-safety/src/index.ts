export * from './lib/journey-safety-section';
