// The identity module's public surface: the session behind a cookie (for the access guard), and the
// token helpers other modules use for their own links (the calendar feed).
export { type ActiveSession, SessionService } from './sessions/session.service';
export { sessionCookieName } from './sessions/session-cookie';
export { randomToken, sameSecret, sha256Hex } from './credentials/secrets';
export { InvitationService } from './invitations-and-resets/invitation.service';
