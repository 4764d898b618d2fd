import { BadRequestException } from '@nestjs/common';
import type { OrganisationSettingsView, SafeTimeWindow } from '@beside/shared/contracts';
import { safeTimeWindowProblem } from '@beside/shared/util';
import type { OrganisationSettingsDto } from './dto/organisation.dto';

const SEVERITIES = ['immediate', 'high', 'medium', 'low'] as const;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/** organisation.settings (jsonb) as the operator reads it: unknown keys are not shown. */
export function toSettingsView(settings: Record<string, unknown> | null): OrganisationSettingsView {
  const s = settings ?? {};
  const hours = (s['concernTriageHours'] ?? {}) as Record<string, unknown>;
  const concernTriageHours: OrganisationSettingsView['concernTriageHours'] = {};
  for (const severity of SEVERITIES) if (typeof hours[severity] === 'number') concernTriageHours[severity] = hours[severity] as number;
  return {
    messageSender: text(s['messageSender']),
    concernTriageHours,
    openingHours: Array.isArray(s['openingHours']) ? (s['openingHours'] as SafeTimeWindow[]) : null,
    servicesOffered: text(s['servicesOffered']),
  };
}

/** The settings after a change: fields not given stay; null clears one. Refuses opening hours that make no sense. */
export function mergeSettings(current: Record<string, unknown> | null, change: OrganisationSettingsDto | undefined): Record<string, unknown> {
  const next: Record<string, unknown> = { ...(current ?? {}) };
  if (!change) return next;
  for (const window of change.openingHours ?? []) {
    const problem = safeTimeWindowProblem(window);
    if (problem) throw new BadRequestException({ message: [`settings.openingHours: ${problem}`] });
  }
  const set = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null || (typeof value === 'string' && !value.trim())) delete next[key];
    else next[key] = typeof value === 'string' ? value.trim() : value;
  };
  set('messageSender', change.messageSender);
  set('servicesOffered', change.servicesOffered);
  set('openingHours', change.openingHours === undefined ? undefined : change.openingHours?.length ? change.openingHours.map((w) => ({ days: w.days, from: w.from, until: w.until })) : null);
  if (change.concernTriageHours) {
    const hours: Record<string, number> = {};
    for (const severity of SEVERITIES) {
      const value = change.concernTriageHours[severity];
      if (typeof value === 'number') hours[severity] = value;
    }
    set('concernTriageHours', Object.keys(hours).length ? hours : null);
  }
  return next;
}
