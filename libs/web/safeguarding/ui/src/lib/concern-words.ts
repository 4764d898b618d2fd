import { CONCERN_STATUS_TAGS } from './concern-status-tag';
import { CONCERN_CATEGORY_LABELS, CONCERN_SEVERITY_LABELS, CONCERN_STATUS_LABELS, RAISER_ROLE_LABELS } from './labels';
import { CONCERN_SEVERITY_TAGS } from './severity-tag';

/** A concern as the staff screens show it, in one place: the words for its values and the tags for its status and severity. */
export const CONCERN_WORDS = {
  category: CONCERN_CATEGORY_LABELS,
  severity: CONCERN_SEVERITY_LABELS,
  status: CONCERN_STATUS_LABELS,
  raiserRole: RAISER_ROLE_LABELS,
  statusTags: CONCERN_STATUS_TAGS,
  severityTags: CONCERN_SEVERITY_TAGS,
} as const;
