export * from './challenge-catalogue-api';
export * from './challenge-catalogue.store';
export * from './catalogue-origin';
