export * from './lib/plan/my-plan.routes';
export * from './lib/appointments/my-appointments.routes';
export * from './lib/details/my-details.routes';
export * from './lib/concerns/my-concerns.routes';
export * from './lib/messages/my-messages.routes';
export * from './lib/referrals/my-referrals.routes';
