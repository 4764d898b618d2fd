export * from './lib/consultations.routes';
