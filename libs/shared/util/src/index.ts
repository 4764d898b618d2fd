export * from './lib/pagination';
export * from './lib/london-time';
export * from './lib/safe-times';
export * from './lib/london-months';
