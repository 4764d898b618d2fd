export * from './lib/you-said.routes';
