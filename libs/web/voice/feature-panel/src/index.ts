export * from './lib/panel.routes';
