import { storeSpec } from '@beside/web/core/testing';
import { SafetyOverviewStore } from './safety-overview.store';
import { emptyOverview } from './settings-examples.testing';

describe('SafetyOverviewStore', () => {
  const spec = storeSpec(SafetyOverviewStore);
  const action = (id: string, overdue: boolean) => ({ id, referralId: 'r1', journeyId: 'j1', description: 'Call her', ownerName: 'Amara', dueOn: '2026-12-07', overdue });

  it('should load the overview and pick out the overdue actions', async () => {
    const loading = spec.sut.load();
    expect(spec.sut.loading()).toBe(true);
    await spec.answer(loading, '/api/safety/overview', emptyOverview({ actionsDue: [action('a1', true), action('a2', false)] }));
    expect(spec.sut.loading()).toBe(false);
    expect(spec.sut.overdueActions().map((a) => a.id)).toEqual(['a1']);
  });

  it('should say what went wrong when it cannot be read', async () => {
    expect(await spec.refuse(spec.sut.load(), '/api/safety/overview', 403, 'You do not have permission')).toBe(false);
    expect(spec.sut.problem()).toBe('You do not have permission');
    expect(spec.sut.loading()).toBe(false);
  });
});
