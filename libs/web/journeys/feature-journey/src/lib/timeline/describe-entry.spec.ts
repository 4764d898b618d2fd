import { describeEntry } from './describe-entry';

describe('describeEntry', () => {
  it('should describe a shared note with its words', () => {
    const entry = { kind: 'note' as const, id: 'n', at: '2026-11-28T10:00:00Z', detail: { visibility: 'shared', body: 'Met at the GP' } };
    expect(describeEntry(entry)).toEqual({ title: 'Note (Shared with her)', detail: 'Met at the GP' });
  });

  it('should describe an accompaniment with its support level and time', () => {
    const entry = { kind: 'accompaniment' as const, id: 'a', at: '2026-11-28T10:00:00Z', detail: { supportLevel: 'prepared', timeSpentMinutes: 30 } };
    expect(describeEntry(entry)).toEqual({ title: 'Accompaniment: Prepared', detail: '30 minutes' });
  });

  it('should describe a status change', () => {
    const entry = { kind: 'status_change' as const, id: 's', at: '2026-11-28T10:00:00Z', detail: { from: 'referred', to: 'active', reason: null } };
    expect(describeEntry(entry).title).toBe('Status: Referred to Active');
  });

  it('should describe a concern by its reference, severity, category and status, in words', () => {
    const entry = { kind: 'concern' as const, id: 'c', at: '2026-11-28T10:00:00Z', detail: { reference: 'C-7K3P9', category: 'abuse_or_violence', severity: 'high', status: 'triaged' } };
    expect(describeEntry(entry)).toEqual({ title: 'Concern C-7K3P9 raised (High)', detail: 'Abuse or violence · now Triaged' });
  });
});
