export * from './lib/data-protection.routes';
export * from './lib/dashboard/data-protection-dashboard-section';
