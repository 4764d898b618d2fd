export * from './lib/plan/my-plan.routes';
export * from './lib/appointments/my-appointments.routes';
export * from './lib/details/my-details.routes';
export * from './lib/concerns/my-concerns.routes';
