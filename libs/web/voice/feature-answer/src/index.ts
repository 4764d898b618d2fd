export * from './lib/answer.routes';
