export * from './lib/calendar.routes';
