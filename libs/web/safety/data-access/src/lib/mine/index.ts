export * from './my-safety-api';
export * from './my-safety-plan.store';
export * from './my-safety-lists.store';
export * from './written-by-staff';
