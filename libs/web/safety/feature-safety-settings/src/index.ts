export * from './lib/safety-settings.routes';
