import type { AccountView, Role } from '@beside/shared/contracts';

export interface AccountRow {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  role: Role;
  status: AccountView['status'];
  password_hash: string | null;
  mfa_enabled_at: Date | null;
  created_at: Date;
  version: number;
}

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
  };
}
