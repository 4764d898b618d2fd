export * from './lib/my-challenges.routes';
