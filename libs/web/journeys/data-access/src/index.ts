export * from './lib/caseload-item';
export * from './lib/journeys-api';
export * from './lib/caseload.store';
