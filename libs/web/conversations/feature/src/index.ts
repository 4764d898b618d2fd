export * from './lib/conversation';
export * from './lib/conversation-message';
