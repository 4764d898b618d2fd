import type { HerStatementView, MyAppointment, MyChallenge } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
import { MyStatementStore } from './my-statement.store';

function statement(overrides: Partial<HerStatementView> = {}): HerStatementView {
  return {
    whatToKnow: null,
    formats: [],
    support: [],
    interpreterLanguage: null,
    crisis: null,
    sharedWith: { appointmentIds: [], challengeIds: [] },
    updatedAt: null,
    version: 0,
    ...overrides,
  };
}

function myChallenge(overrides: Partial<MyChallenge>): MyChallenge {
  return { id: 'c1', typeName: 'NHS complaint', bodyChallenged: 'A trust', herWords: 'An apology', status: 'open', outcome: null, now: null, nextDeadline: null, stagesDone: [], stagesAhead: [], ...overrides };
}

function appointment(id: string, status: MyAppointment['status'] = 'planned'): MyAppointment {
  return { id, status } as MyAppointment;
}

describe('MyStatementStore', () => {
  const spec = storeSpec(MyStatementStore);

  async function load(saved: HerStatementView): Promise<void> {
    const loading = spec.sut.load();
    spec.backend.expectOne('/api/my/statement').flush(saved);
    spec.backend.expectOne('/api/my/appointments').flush({ upcoming: [appointment('a1'), appointment('a2', 'cancelled')], past: [appointment('a0', 'attended'), appointment('p1', 'attended')] });
    spec.backend.expectOne('/api/my/challenges').flush([myChallenge({ id: 'c1' }), myChallenge({ id: 'c2', status: 'closed' }), myChallenge({ id: 'c3', status: 'closed' })]);
    await loading;
  }

  it('should offer appointments to come and open challenges, and keep past ones it already goes with', async () => {
    await load(statement({ sharedWith: { appointmentIds: ['p1'], challengeIds: ['c3'] } }));
    expect(spec.sut.appointments().map((a) => a.id)).toEqual(['a1', 'p1']);
    expect(spec.sut.challenges().map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(spec.sut.problem()).toBeNull();
  });

  it('should save her words with the version she read', async () => {
    await load(statement({ version: 3 }));
    const saving = spec.sut.save({ whatToKnow: 'Speak to me', formats: ['easy_read'], support: [], interpreterLanguage: null, crisis: null });
    const req = spec.backend.expectOne('/api/my/statement');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ whatToKnow: 'Speak to me', formats: ['easy_read'], support: [], interpreterLanguage: null, crisis: null, version: 3 });
    req.flush(statement({ whatToKnow: 'Speak to me', formats: ['easy_read'], version: 4, updatedAt: '2027-03-01T10:00:00Z' }));
    expect((await saving).ok).toBe(true);
    expect(spec.sut.statement()?.version).toBe(4);
  });

  it('should take the newer version when she saved it somewhere else', async () => {
    await load(statement({ version: 1 }));
    const saving = spec.sut.save({ whatToKnow: 'Mine', formats: [], support: [], interpreterLanguage: null, crisis: null });
    spec.backend.expectOne('/api/my/statement').flush({ message: 'Saved on another device', current: statement({ whatToKnow: 'Newer', version: 2 }) }, { status: 409, statusText: 'Conflict' });
    const result = await saving;
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.conflict?.current.whatToKnow).toBe('Newer');
    expect(spec.sut.statement()?.whatToKnow).toBe('Newer');
  });

  it('should replace what it goes with', async () => {
    await load(statement());
    const sharing = spec.sut.share({ appointmentIds: ['a1'], challengeIds: ['c1'] });
    const req = spec.backend.expectOne('/api/my/statement/sharing');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ appointmentIds: ['a1'], challengeIds: ['c1'] });
    req.flush(statement({ sharedWith: { appointmentIds: ['a1'], challengeIds: ['c1'] } }));
    expect((await sharing).ok).toBe(true);
    expect(spec.sut.statement()?.sharedWith.challengeIds).toEqual(['c1']);
  });
});
