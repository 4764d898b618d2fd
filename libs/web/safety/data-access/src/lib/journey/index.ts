export {};
export * from './assessments';
export * from './plan';
export * from './referrals';
export * from './sharing';
