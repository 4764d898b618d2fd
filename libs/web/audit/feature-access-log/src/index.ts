export * from './lib/access-log.routes';
