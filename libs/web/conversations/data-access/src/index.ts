export * from './lib/conversations-api';
export * from './lib/conversation.store';
export * from './lib/unread-conversations.store';
export * from './lib/my-unread-messages.store';
