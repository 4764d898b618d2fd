import { can, ROLE_PERMISSIONS } from './permissions';

describe('can', () => {
  it('should deny everything when there is no role', () => {
    expect(can(undefined, 'account:read-own')).toBe(false);
    expect(can(null, 'journey:read')).toBe(false);
  });

  it('should never let an admin read case content', () => {
    for (const p of ['journey:read', 'service-user:read', 'concern:read', 'audit:read', 'portal:use'] as const) {
      expect(can('admin', p)).toBe(false);
    }
  });

  it('should let only managers triage concerns and read the full audit trail', () => {
    expect(can('manager', 'concern:triage')).toBe(true);
    expect(can('advocate', 'concern:triage')).toBe(false);
    expect(can('advocate', 'audit:read')).toBe(false);
    expect(can('service_user', 'audit:read')).toBe(false);
  });

  it('should keep service users out of staff case work', () => {
    expect(can('service_user', 'journey:read')).toBe(false);
    expect(can('service_user', 'portal:use')).toBe(true);
  });

  it('should give every role its own account', () => {
    for (const role of Object.keys(ROLE_PERMISSIONS) as (keyof typeof ROLE_PERMISSIONS)[]) {
      expect(can(role, 'account:read-own')).toBe(true);
    }
  });

  it('should let only a manager approve a new manager, never the admin who asked', () => {
    expect(can('manager', 'account:approve-role')).toBe(true);
    for (const role of ['admin', 'advocate', 'service_user'] as const) expect(can(role, 'account:approve-role')).toBe(false);
  });
});
