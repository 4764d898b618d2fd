import { FormControl, Validators } from '@angular/forms';
import type { OrganisationSettingsView, SafeTimeWindow } from '@beside/shared/contracts';
import { type ApiProblem, type FieldDescription, type FieldDescriptions, WeekWindowsArray } from '@beside/web/core';

export const TRIAGE_SEVERITIES = ['immediate', 'high', 'medium', 'low'] as const;
export type TriageSeverity = (typeof TRIAGE_SEVERITIES)[number];

export const TRIAGE_WORDS: Record<TriageSeverity, string> = {
  immediate: 'Immediate concerns',
  high: 'High concerns',
  medium: 'Medium concerns',
  low: 'Low concerns',
};

type TriageField = `triage${Capitalize<TriageSeverity>}`;
export const triageField = (severity: TriageSeverity): TriageField =>
  `triage${severity.charAt(0).toUpperCase()}${severity.slice(1)}` as TriageField;

export type SettingsField = 'messageSender' | 'servicesOffered' | 'openingHours' | TriageField;

/** Opening hours as windows on the London clock: none means the default, weekdays 9 to 5 (which a new one starts as). */
export class OpeningHoursArray extends WeekWindowsArray {
  constructor() {
    super({ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '09:00', until: '17:00' }, 'window');
  }
}

const hours = () =>
  new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^\s*\d{1,4}\s*$/), Validators.min(1), Validators.max(2160)] });

/** The settings every member organisation has, on a flat form (so the API's field names land on them). */
export function settingsControls() {
  return {
    messageSender: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(60), Validators.pattern(/^[^<>@"\r\n]*$/)] }),
    servicesOffered: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
    openingHours: new OpeningHoursArray(),
    triageImmediate: hours(),
    triageHigh: hours(),
    triageMedium: hours(),
    triageLow: hours(),
  };
}

export type SettingsControls = ReturnType<typeof settingsControls>;
type SettingsValue = { [K in keyof SettingsControls]: K extends 'openingHours' ? unknown : string };

/** The settings as the API takes them, from the form; blank fields are "not set". */
export function settingsFromForm(value: SettingsValue, openingHours: OpeningHoursArray): OrganisationSettingsView {
  const concernTriageHours: OrganisationSettingsView['concernTriageHours'] = {};
  for (const severity of TRIAGE_SEVERITIES) {
    const raw = value[triageField(severity)].trim();
    if (raw) concernTriageHours[severity] = Number(raw);
  }
  return {
    messageSender: value.messageSender.trim() || null,
    servicesOffered: value.servicesOffered.trim() || null,
    openingHours: openingHours.length ? openingHours.windows() : null,
    concernTriageHours,
  };
}

/** The form's values for saved settings. */
export function settingsFormValue(settings: OrganisationSettingsView): Omit<SettingsValue, 'openingHours'> {
  const triage = settings.concernTriageHours ?? {};
  return {
    messageSender: settings.messageSender ?? '',
    servicesOffered: settings.servicesOffered ?? '',
    triageImmediate: triage.immediate?.toString() ?? '',
    triageHigh: triage.high?.toString() ?? '',
    triageMedium: triage.medium?.toString() ?? '',
    triageLow: triage.low?.toString() ?? '',
  };
}

const triageDescription = (severity: TriageSeverity, prefix: string): FieldDescription => ({
  id: `${prefix}-triage-${severity}`,
  label: `${TRIAGE_WORDS[severity]}: hours to triage`,
  messages: {
    pattern: `Enter the hours for ${TRIAGE_WORDS[severity].toLowerCase()} as a whole number, or leave it blank for the default`,
    min: `Enter at least 1 hour for ${TRIAGE_WORDS[severity].toLowerCase()}`,
    max: `Enter at most 2160 hours (90 days) for ${TRIAGE_WORDS[severity].toLowerCase()}`,
  },
});

export function settingsFields(prefix: string): FieldDescriptions<SettingsField> {
  return {
    messageSender: {
      id: `${prefix}-message-sender`,
      label: 'Name messages are sent as',
      messages: {
        maxlength: 'Keep the name messages are sent as to 60 characters or fewer',
        pattern: 'Use a short plain name for messages, without <, >, @ or quotes',
      },
    },
    servicesOffered: {
      id: `${prefix}-services-offered`,
      label: 'Services offered',
      messages: { maxlength: 'Keep the services offered to 500 characters or fewer' },
    },
    openingHours: {
      id: `${prefix}-opening-hours`,
      label: 'Opening hours',
      messages: { window: 'Check the opening hours: each needs at least one day, and a start and an end that differ' },
    },
    triageImmediate: triageDescription('immediate', prefix),
    triageHigh: triageDescription('high', prefix),
    triageMedium: triageDescription('medium', prefix),
    triageLow: triageDescription('low', prefix),
  };
}

/**
 * The API names nested fields by path ("settings.messageSender", "firstAdmin.email",
 * "settings.concernTriageHours.high"): put each on the flat form's own field.
 */
export function flattenOrganisationPaths(problem: ApiProblem): ApiProblem {
  const rename = (message: string): string =>
    message
      .replace(/^firstAdmin\.name\b/, 'adminName')
      .replace(/^firstAdmin\.email\b/, 'adminEmail')
      .replace(/^settings\.concernTriageHours\.(immediate|high|medium|low)\b/, (_m, s: TriageSeverity) => triageField(s))
      .replace(/^settings\.concernTriageHours\b/, 'triageImmediate')
      .replace(/^settings\.openingHours(\.\d+)?(\.\w+)?\b/, 'openingHours')
      .replace(/^settings\.(messageSender|servicesOffered)\b/, '$1');
  return { ...problem, messages: problem.messages.map(rename) };
}

/** The organisation's settings as a sentence or two each, for its page. */
export function describeOpeningHours(windows: readonly SafeTimeWindow[] | null): string {
  if (!windows?.length) return 'Not set: weekdays 9:00 to 17:00';
  return windows.map((w) => `${w.days.map((d) => d.charAt(0).toUpperCase() + d.slice(1, 3)).join(', ')} ${w.from} to ${w.until}`).join('; ');
}
