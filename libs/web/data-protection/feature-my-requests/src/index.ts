export * from './lib/my-requests.routes';
