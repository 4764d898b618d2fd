export * from './lib/pagination';
export * from './lib/london-time';
