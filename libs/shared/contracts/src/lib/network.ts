import type { SafeTimeWindow } from './safe-contact';
import type { SuppressedCount } from './safeguarding';

/**
 * The network: several user-led member organisations on one deployment, run by a network
 * operator (role network_admin) who reads no case content of any of them.
 */

export const ORGANISATION_STATUSES = ['active', 'suspended'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** What the operator (or the organisation's own admin) may set for a member organisation. */
export interface OrganisationSettingsView {
  /** The neutral name messages are sent as (never the service's own name unless it chooses so). */
  messageSender: string | null;
  /** Hours to triage a concern, by severity; the defaults where not set. */
  concernTriageHours: Partial<Record<'immediate' | 'high' | 'medium' | 'low', number>>;
  /** When someone reads messages (London time); weekdays 9 to 5 where not set. */
  openingHours: SafeTimeWindow[] | null;
  /** What it offers, in a sentence or two: what an advocate elsewhere reads before referring. */
  servicesOffered: string | null;
}

export interface OrganisationAdminView {
  accountId: string;
  name: string;
  email: string;
  /** invited (not yet accepted), active or disabled. */
  status: 'invited' | 'active' | 'disabled';
}

/** A member organisation as its operator sees it: no case content, no one but its admins. */
export interface MemberOrganisationView {
  id: string;
  name: string;
  status: OrganisationStatus;
  suspendedAt: string | null;
  suspensionReason: string | null;
  /** Whether its figures join the network's pooled figures (its own decision; yes by default). */
  sharesNetworkFigures: boolean;
  settings: OrganisationSettingsView;
  admins: OrganisationAdminView[];
  createdAt: string;
  version: number;
}

export interface CreateOrganisationRequest {
  name: string;
  firstAdmin: { name: string; email: string };
  settings?: Partial<OrganisationSettingsView>;
}

export interface UpdateOrganisationRequest {
  version: number;
  name?: string;
  settings?: Partial<OrganisationSettingsView>;
}

export interface SuspendOrganisationRequest {
  reason: string;
}

export interface InviteOrganisationAdminRequest {
  name: string;
  email: string;
}

/** Another member, as an advocate choosing where to refer her sees it. */
export interface ReferralDestinationView {
  organisationId: string;
  name: string;
  servicesOffered: string | null;
}

/** The parts of her record a referral may carry, each only with her consent. Never staff-only notes, concerns or audit history. */
export const REFERRAL_PARTS = ['profile', 'safe_contact', 'plan_items'] as const;
export type ReferralPart = (typeof REFERRAL_PARTS)[number];

export const REFERRAL_CONSENT_HOW = ['in_person', 'phone', 'video', 'in_writing', 'her_portal'] as const;
export type ReferralConsentHow = (typeof REFERRAL_CONSENT_HOW)[number];

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'withdrawn', 'held'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface SendReferralRequest {
  toOrganisationId: string;
  /** Why she is referred: what the other member offers that hers does not. Up to 2,000 characters. */
  reason: string;
  consent: {
    parts: ReferralPart[];
    /** With 'plan_items': the goals she chose to share (their steps travel with them). */
    goalIds?: string[];
    how: ReferralConsentHow;
    /** The date she gave it (not in the future). */
    givenOn: string;
  };
}

/** What travels: only the parts she consented to, copied when it was sent. */
export interface ReferralSharedRecord {
  profile?: { name: string; preferredName: string | null; pronouns: string | null; dateOfBirth: string | null };
  safeContact?: Record<string, unknown>;
  planItems?: { title: string; herWords: string | null; steps: { title: string; done: boolean }[] }[];
}

/** A referral as either side sees it. `shared` only for the receiving organisation, and only what she agreed to. */
export interface ReferralView {
  id: string;
  /** The reference both organisations and she can quote. */
  reference: string;
  direction: 'outgoing' | 'incoming';
  fromOrganisation: string;
  toOrganisation: string;
  status: ReferralStatus;
  reason: string;
  consent: { parts: ReferralPart[]; how: ReferralConsentHow; givenOn: string };
  sentAt: string;
  sentBy: string;
  respondedAt: string | null;
  declineReason: string | null;
  withdrawnAt: string | null;
  /** Outgoing: the journey it was sent from. Incoming, once accepted: the journey started here. */
  journeyId: string | null;
  shared?: ReferralSharedRecord;
  version: number;
}

export interface AcceptReferralRequest {
  version: number;
  /** Her advocate here; the accepting advocate when not given (a manager accepting names one). */
  primaryAdvocateId?: string;
  /**
   * Her name as she gave it to you. Required when she did not agree to share her profile (there is
   * no name to start her record with otherwise); when she did, it replaces the shared name if given.
   */
  name?: string;
}

export interface DeclineReferralRequest {
  version: number;
  reason: string;
}

/** Her view of a referral, in plain words. */
export interface MyReferralView {
  id: string;
  reference: string;
  toOrganisation: string;
  status: ReferralStatus;
  /** e.g. "Waiting for Harbour Women's Voice to reply" / "They have said yes". */
  statusWords: string;
  sharedParts: ReferralPart[];
  sentAt: string;
  canWithdraw: boolean;
}

/** Pooled network figures: aggregates only, small counts and derivable cells suppressed. */
export type NetworkFigure = SuppressedCount | 'suppressed';

export interface NetworkFiguresTable {
  /** e.g. 'referrals', 'journeys', 'accompaniments', 'self_advocacy', 'concerns', 'referrals_between_members'. */
  measure: string;
  title: string;
  /** Column headings (categories) in order; rows are months (YYYY-MM). */
  columns: string[];
  rows: { month: string; cells: NetworkFigure[] }[];
}

export interface NetworkFiguresView {
  from: string;
  to: string;
  /** How many member organisations' figures are pooled (those that chose to share). */
  organisationsPooled: number;
  tables: NetworkFiguresTable[];
  /** Plain words on how figures are protected ("<5", "suppressed"). */
  protection: string;
}

export interface NetworkPoolSettingView {
  sharesNetworkFigures: boolean;
  changedAt: string | null;
}
