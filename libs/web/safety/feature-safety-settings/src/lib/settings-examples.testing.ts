import type { ReferralAgencyView, RiskChecklistVersionView, RiskChecklistView } from '@beside/shared/contracts';

// Example answers of the settings' API for the specs of its pages.

export function version(overrides: Partial<RiskChecklistVersionView> = {}): RiskChecklistVersionView {
  return {
    checklistKey: 'beside_domestic_abuse',
    version: 1,
    shipped: true,
    inUse: true,
    createdAt: null,
    name: 'Domestic abuse risk checklist',
    guidance: 'Do this with her, never about her.',
    source: 'Written for Beside',
    thresholds: { medium: 10, high: 20, marac: 20 },
    questions: [
      {
        key: 'fear',
        text: 'Are you frightened of the person harming you?',
        guidance: 'Ask this first.',
        required: true,
        options: [
          { key: 'no', label: 'No', weight: 0 },
          { key: 'yes', label: 'Yes', weight: 3 },
        ],
      },
      { key: 'stalking', text: 'Do they follow you?', guidance: null, required: false, options: [{ key: 'no', label: 'No', weight: 0 }, { key: 'yes', label: 'Yes', weight: 2 }] },
    ],
    ...overrides,
  };
}

export function checklist(overrides: Partial<RiskChecklistView> = {}): RiskChecklistView {
  const versions = overrides.versions ?? [version()];
  return { key: 'beside_domestic_abuse', name: 'Domestic abuse risk checklist', currentVersion: versions[versions.length - 1].version, archived: false, versions, ...overrides };
}

export function agency(overrides: Partial<ReferralAgencyView> = {}): ReferralAgencyView {
  return { key: 'marac', name: 'MARAC', description: 'The local multi-agency risk assessment conference.', outcomeStatus: 'discussed', shipped: true, archived: false, ...overrides };
}
