import type { AccountView } from '@beside/shared/contracts';
import type { AccountRow } from './account.repository';

export function accountView(row: AccountRow): AccountView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    status: row.status,
    mfaEnabled: !!row.mfa_enabled_at,
    createdAt: new Date(row.created_at).toISOString(),
    version: row.version,
    pendingRole: row.pending_role ?? null,
    emailAlerts: !!row.email_alerts,
  };
}
