// The messages module's public surface.
export { MessageTransports } from './transports/message-transports';
export { OutboxDeliveryWorker } from './delivery/outbox-delivery.worker';
export { channelFor, decideForHer, NOT_SENT_WORDS, type DeliveryChannel, type HerContactRules, type MessagePurpose } from './delivery/delivery-rules';
export { HerMessages, type MessageToHer, type QueuedForHer } from './outbox/her-messages';
export { insertOutboxMessage, hasAlertSince, type NewOutboxMessage } from './outbox/outbox.repository';
export { AppointmentReminders, REMINDER_LEAD_HOURS } from './reminders/appointment-reminders';
export { DevelopmentInbox, type CaughtMessage } from './transports/development-inbox';
