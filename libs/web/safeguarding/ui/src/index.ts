export * from './lib/labels';
export * from './lib/how-late';
export * from './lib/severity-tag';
export * from './lib/concern-status-tag';
export * from './lib/concern-words';
