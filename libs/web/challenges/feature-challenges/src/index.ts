export * from './lib/journey';
export * from './lib/catalogue';
