// The notifications module's public surface: telling people, in the caller's transaction.
export { activeManagers, notifyManagers, notifyUsers, type NewNotification } from './notify';
