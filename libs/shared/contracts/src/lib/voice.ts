import type { ConsultationCount } from './consultations';

/**
 * Her voice after the consultation (issue 18): the lived-experience panel's findings and decisions, the
 * campaigns that follow them, and "You said, we did". Nothing here names a woman who answered.
 */

// ——— The panel ———

/** GET/PUT /api/panel/settings: named voting is off unless the panel chooses it. */
export interface PanelSettingsView {
  namedVoting: boolean;
  version: number;
}
export interface UpdatePanelSettingsRequest {
  namedVoting: boolean;
  version: number;
}

export type FindingStatus = 'proposed' | 'approved' | 'set_aside';
export const PANEL_VOTES = ['for', 'against', 'abstain'] as const;
export type PanelVote = (typeof PANEL_VOTES)[number];

/** What a finding rests on: a consultation, and within it a question's figures, a theme or a published quote. */
export interface FindingEvidenceBody {
  consultationId: string;
  questionId?: string | null;
  themeId?: string | null;
  quoteId?: string | null;
  /** In plain words, e.g. "Most said waiting for a care coordinator was the hardest part". */
  note: string;
}

export interface FindingEvidenceView extends Required<FindingEvidenceBody> {
  id: string;
  consultationTitle: string;
  /** The figures it points at, as shown in the results (suppressed), e.g. "Housing: 14 of 31". */
  figures: string[];
  themeName: string | null;
  quoteWords: string | null;
}

/** POST /api/findings (panel members and managers); PATCH /api/findings/:id { version, … } while proposed. */
export interface ProposeFindingRequest {
  title: string;
  summary: string;
  evidence: FindingEvidenceBody[];
}

export interface FindingView {
  id: string;
  title: string;
  summary: string;
  status: FindingStatus;
  /** 1 is the panel's first priority; null until approved and ranked. */
  priority: number | null;
  proposedBy: string;
  proposedAt: string;
  evidence: FindingEvidenceView[];
  votes: { for: number; against: number; abstain: number };
  /** Only under named voting: who voted how. */
  namedVotes: { name: string; vote: PanelVote }[] | null;
  /** Whether the caller has voted (never how, under counts-only voting). */
  voted: boolean;
  /** The decision, once made: when and with which counts. */
  decidedAt: string | null;
  version: number;
}

/** POST /api/findings/:id/votes (panel members only, once each; a second vote is 409). */
export interface CastVoteRequest {
  vote: PanelVote;
}

/** POST /api/findings/:id/decision (panel members): approve as a priority or set aside, with the counts at that moment. */
export interface DecideFindingRequest {
  outcome: 'approved' | 'set_aside';
  version: number;
}

/** PUT /api/findings/priorities: the approved findings in the panel's order of priority. */
export interface RankFindingsRequest {
  findingIds: string[];
}

// ——— Campaigns ———

export type CampaignStatus = 'active' | 'achieved' | 'closed';
export type CampaignActionStatus = 'planned' | 'done' | 'dropped';

export interface CampaignAskView { id: string; words: string }
export interface CampaignTargetView { id: string; name: string; description: string | null }
export interface CampaignActionView {
  id: string;
  what: string;
  owner: string;
  dueOn: string | null;
  status: CampaignActionStatus;
  doneOn: string | null;
}
export interface CampaignOutcomeView {
  id: string;
  what: string;
  achievedOn: string;
  /** What shows it happened: a letter, minutes, a published policy (words or a link). */
  evidence: string;
}

export interface CampaignView {
  id: string;
  title: string;
  summary: string;
  status: CampaignStatus;
  findingIds: string[];
  findings: { id: string; title: string }[];
  asks: CampaignAskView[];
  targets: CampaignTargetView[];
  actions: CampaignActionView[];
  outcomes: CampaignOutcomeView[];
  version: number;
}

/** POST /api/campaigns; PATCH /api/campaigns/:id { version, … }. A campaign follows at least one approved finding. */
export interface CampaignRequest {
  title: string;
  summary: string;
  findingIds: string[];
  status?: CampaignStatus;
}
/** POST /api/campaigns/:id/asks | targets | actions | outcomes; PATCH and DELETE …/:itemId with { version } of the campaign. */
export interface CampaignAskRequest { words: string; version: number }
export interface CampaignTargetRequest { name: string; description?: string | null; version: number }
export interface CampaignActionRequest {
  what: string;
  owner: string;
  dueOn?: string | null;
  status?: CampaignActionStatus;
  doneOn?: string | null;
  version: number;
}
export interface CampaignOutcomeRequest { what: string; achievedOn: string; evidence: string; version: number }

// ——— "You said, we did" ———

/**
 * GET /api/my/you-said-we-did (her portal) and GET /api/public/you-said-we-did/:organisationId (anyone):
 * closed consultations with their aggregates (nothing below five), published quotes, the findings the panel
 * approved and what each campaign has done. No personal data.
 */
export interface YouSaidWeDidView {
  organisationName: string;
  consultations: {
    id: string;
    title: string;
    closedOn: string;
    responses: ConsultationCount;
    /** What women said: per question, the counts of 5 or more only, and published quotes. */
    said: { question: string; highlights: { words: string; count: number }[] }[];
    quotes: string[];
    findings: {
      id: string;
      title: string;
      summary: string;
      priority: number | null;
      campaigns: {
        id: string;
        title: string;
        status: CampaignStatus;
        asks: string[];
        done: { what: string; on: string }[];
        outcomes: { what: string; on: string; evidence: string }[];
      }[];
    }[];
  }[];
}
