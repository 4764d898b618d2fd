export * from './lib/network-api';
export * from './lib/member-organisations.store';
export * from './lib/network-figures.store';
export * from './lib/network-pool-setting.store';
