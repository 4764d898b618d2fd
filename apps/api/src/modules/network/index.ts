// The network module's public surface: the operator's organisation settings as other modules read them.
export { toSettingsView } from './organisation-settings';
