export * from './lib/labels';
export * from './lib/format-london-date';
export * from './lib/journey-status-tag';
export * from './lib/safe-contact-panel';
export * from './lib/trend-chart';
export * from './lib/conflict-notice';
