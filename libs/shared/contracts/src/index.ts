export * from './lib/roles';
export * from './lib/glossary';
export * from './lib/errors';
export * from './lib/health';
export * from './lib/identity';
export * from './lib/audit';
export * from './lib/journeys';
export * from './lib/portal';
