import type { CampaignActionView, CampaignAskView, CampaignOutcomeView, CampaignTargetView, CampaignView } from '@beside/shared/contracts';
import { formatLondonDate } from '@beside/shared/util';
import type { CampaignItemKind } from '@beside/web/voice/data-access';
import { ACTION_STATUS_WORDS, overdue } from './campaign-words';

/** One field of an item's form: a line of text, longer words, a date, or a choice. */
export interface ItemField {
  name: string;
  label: string;
  kind: 'text' | 'long' | 'date' | 'choice';
  /** The most characters the API takes. */
  max?: number;
  required?: string;
  hint?: string;
  labels?: Readonly<Record<string, string>>;
}

type Item = { id: string };

/** How one kind of a campaign's items is shown, edited and sent. */
export interface CampaignItemKindConfig<T extends Item = Item> {
  kind: CampaignItemKind;
  heading: string;
  /** "ask", "target"…: in buttons and messages. */
  noun: string;
  empty: string;
  fields: ItemField[];
  items(campaign: CampaignView): T[];
  title(item: T): string;
  /** Further lines under the title. */
  details(item: T): string[];
  /** Shown as a warning beside the item, e.g. an overdue action. */
  warning?(item: T, today: string): string | null;
}

const date = (value: string | null) => (value ? formatLondonDate(value) : '');

export const ASKS: CampaignItemKindConfig<CampaignAskView> = {
  kind: 'asks',
  heading: 'Asks',
  noun: 'ask',
  empty: 'No asks yet: what does the campaign ask for?',
  fields: [{ name: 'words', label: 'The ask', kind: 'long', max: 1000, required: 'Write the ask', hint: 'For example: “A care coordinator within a week of referral”.' }],
  items: (c) => c.asks,
  title: (a) => a.words,
  details: () => [],
};

export const TARGETS: CampaignItemKindConfig<CampaignTargetView> = {
  kind: 'targets',
  heading: 'Targets',
  noun: 'target',
  empty: 'No targets yet: who is the campaign asking?',
  fields: [
    { name: 'name', label: 'Who', kind: 'text', max: 200, required: 'Name the target', hint: 'For example: the national taskforce, an NHS integrated care board, a council.' },
    { name: 'description', label: 'Why them, or who to reach (optional)', kind: 'long', max: 1000 },
  ],
  items: (c) => c.targets,
  title: (t) => t.name,
  details: (t) => (t.description ? [t.description] : []),
};

export const ACTIONS: CampaignItemKindConfig<CampaignActionView> = {
  kind: 'actions',
  heading: 'Actions',
  noun: 'action',
  empty: 'No actions yet.',
  fields: [
    { name: 'what', label: 'What', kind: 'text', max: 1000, required: 'Say what the action is' },
    { name: 'owner', label: 'Owner', kind: 'text', max: 200, required: 'Name who owns the action', hint: 'Who makes sure it happens.' },
    { name: 'dueOn', label: 'Due date (optional)', kind: 'date' },
    { name: 'status', label: 'Status', kind: 'choice', labels: ACTION_STATUS_WORDS },
    { name: 'doneOn', label: 'Done on (optional)', kind: 'date' },
  ],
  items: (c) => c.actions,
  title: (a) => a.what,
  details: (a) =>
    [`Owner: ${a.owner}`, a.dueOn ? `Due ${date(a.dueOn)}` : 'No due date', `Status: ${ACTION_STATUS_WORDS[a.status]}`, a.doneOn ? `Done on ${date(a.doneOn)}` : ''].filter(Boolean),
  warning: (a, today) => (overdue(a, today) ? 'Overdue' : null),
};

export const OUTCOMES: CampaignItemKindConfig<CampaignOutcomeView> = {
  kind: 'outcomes',
  heading: 'Outcomes',
  noun: 'outcome',
  empty: 'No outcomes yet.',
  fields: [
    { name: 'what', label: 'What changed', kind: 'long', max: 1000, required: 'Say what changed' },
    { name: 'achievedOn', label: 'Achieved on', kind: 'date', required: 'Enter the date it was achieved' },
    { name: 'evidence', label: 'Evidence', kind: 'long', max: 2000, required: 'Say what shows it happened', hint: 'A letter, minutes, a published policy: words or a link.' },
  ],
  items: (c) => c.outcomes,
  title: (o) => o.what,
  details: (o) => [`Achieved on ${date(o.achievedOn)}`, `Evidence: ${o.evidence}`],
};

/** The form's values of an item ('' for none), to start an edit from. */
export function itemValues(config: CampaignItemKindConfig, item: Item | null): Record<string, string> {
  const record = (item ?? {}) as Record<string, unknown>;
  return Object.fromEntries(config.fields.map((f) => [f.name, typeof record[f.name] === 'string' ? (record[f.name] as string) : f.kind === 'choice' ? (Object.keys(f.labels ?? {})[0] ?? '') : '']));
}

/** What is sent: words trimmed; an optional field left empty is null. */
export function itemBody(config: CampaignItemKindConfig, values: Record<string, string>): Record<string, string | null> {
  return Object.fromEntries(config.fields.map((f) => [f.name, values[f.name]?.trim() || (f.required ? '' : null)]));
}
