export * from './risk-assessments-api';
export * from './risk-assessments.store';
export * from './risk-assessment-words';
