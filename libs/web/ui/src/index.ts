export * from './lib/error-summary/error-summary';
export * from './lib/page-header/page-header';
export * from './lib/notice/notice';
export * from './lib/password-field/password-field';
export * from './lib/quick-exit/quick-exit';
export * from './lib/quick-exit/quick-exit-button';
export * from './lib/recovery-codes/recovery-codes';
export * from './lib/session-timeout-warning/session-timeout-warning';
