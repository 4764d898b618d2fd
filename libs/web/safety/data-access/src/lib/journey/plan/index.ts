export * from './safety-plan-api';
export * from './safety-plan.store';
