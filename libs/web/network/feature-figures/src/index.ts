export * from './lib/network-figures.routes';
