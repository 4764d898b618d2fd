import type { TimelineEntry } from '@beside/shared/contracts';
import {
  APPOINTMENT_STATUS_LABELS,
  GOAL_CATEGORY_LABELS,
  JOURNEY_STATUS_LABELS,
  NOTE_VISIBILITY_LABELS,
  PROFESSIONAL_ROLE_LABELS,
  REFERRAL_SOURCE_LABELS,
  STEP_OWNER_LABELS,
  SUPPORT_LEVEL_SHORT,
} from '@beside/web/journeys/ui';

type Labels = Record<string, string>;
const label = (labels: Labels, value: unknown) => labels[String(value)] ?? String(value ?? '');
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const words = (value: unknown) => text(value).replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** One line of the timeline, in plain words: a title and the detail under it. */
export function describeEntry(entry: TimelineEntry): { title: string; detail: string } {
  const d = entry.detail;
  switch (entry.kind) {
    case 'referral':
      return { title: `Referred (${label(REFERRAL_SOURCE_LABELS, d['source'])})`, detail: text(d['reason']) };
    case 'status_change':
      return {
        title: `Status: ${label(JOURNEY_STATUS_LABELS, d['from'])} to ${label(JOURNEY_STATUS_LABELS, d['to'])}`,
        detail: text(d['reason']),
      };
    case 'appointment':
      return {
        title: `Appointment: ${label(PROFESSIONAL_ROLE_LABELS, d['professionalRole'])} (${label(APPOINTMENT_STATUS_LABELS, d['status'])})`,
        detail: [text(d['professionalOrganisation']), text(d['purpose'])].filter(Boolean).join(' · '),
      };
    case 'accompaniment':
      return {
        title: `Accompaniment: ${label(SUPPORT_LEVEL_SHORT, d['supportLevel'])}`,
        detail: typeof d['timeSpentMinutes'] === 'number' ? `${d['timeSpentMinutes']} minutes` : '',
      };
    case 'goal':
      return { title: `Goal set (${label(GOAL_CATEGORY_LABELS, d['category'])})`, detail: `“${text(d['words'])}”` };
    case 'step_done':
      return { title: `Step done (${label(STEP_OWNER_LABELS, d['owner'])})`, detail: text(d['description']) };
    case 'check_in':
      return { title: `Check-in: confidence ${String(d['confidence'])} out of 10`, detail: text(d['words']) };
    case 'note':
      return { title: `Note (${label(NOTE_VISIBILITY_LABELS, d['visibility'])})`, detail: text(d['body']) };
    case 'message':
      return { title: d['fromHer'] ? 'Message from her' : 'Message to her', detail: `${text(d['body'])}${d['edited'] ? ' (changed after sending)' : ''}` };
    case 'concern':
      return {
        title: `Concern ${text(d['reference'])} raised (${words(d['severity'])})`,
        detail: `${words(d['category'])} · now ${words(d['status'])}`,
      };
    default:
      return { title: String(entry.kind), detail: '' };
  }
}
