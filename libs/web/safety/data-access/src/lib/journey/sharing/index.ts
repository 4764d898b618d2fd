export * from './sharing-decisions-api';
export * from './sharing-decisions-events';
export * from './sharing-decisions.store';
