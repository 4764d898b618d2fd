export * from './lib/labels';
export * from './lib/journey-status-tag';
export * from './lib/safe-contact-panel';
export * from './lib/trend-chart';
export * from './lib/her-details/her-details-fieldset';
export * from './lib/safe-windows/safe-windows-editor';
