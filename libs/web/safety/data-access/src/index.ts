export * from './lib/journey';
export * from './lib/mine';
export * from './lib/settings';
