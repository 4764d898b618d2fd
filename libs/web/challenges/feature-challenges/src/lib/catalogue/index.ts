export * from './challenge-catalogue.routes';
