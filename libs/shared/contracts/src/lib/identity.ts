import type { Role } from './roles';

export type SessionStage = 'mfa_challenge' | 'mfa_enrolment' | 'full';

/** GET /api/auth/session, and the answer to sign-in and the two-factor steps. */
export interface SessionView {
  signedIn: boolean;
  stage: SessionStage | null;
  /** Send back as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE. */
  csrfToken: string | null;
  user: {
    id: string;
    displayName: string;
    role: Role;
    organisationId: string;
    mfaEnabled: boolean;
  } | null;
  idleExpiresAt: string | null;
  absoluteExpiresAt: string | null;
  idleTimeoutSeconds: number;
}

export interface MfaEnrolmentView {
  /** A PNG data URL of the otpauth:// link. */
  qrCode: string;
  /** The same secret as text, for typing into an app by hand. */
  secret: string;
  otpauthUrl: string;
}

export interface RecoveryCodesView {
  recoveryCodes: string[];
}

export interface AccountView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: 'invited' | 'active' | 'disabled';
  mfaEnabled: boolean;
  createdAt: string;
  version: number;
}

export interface SessionListItem {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface InvitationView {
  displayName: string;
  role: Role;
  organisationName: string;
  passwordMinLength: number;
}

export interface InvitationCreated {
  accountId: string;
  expiresAt: string;
}

/** GET /api/staff: a colleague who can be named on a journey. */
export interface StaffMember {
  id: string;
  displayName: string;
  role: 'advocate' | 'manager';
}
