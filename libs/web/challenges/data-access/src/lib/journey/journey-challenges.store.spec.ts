import { storeSpec, tick } from '@beside/web/core/testing';
import { exampleChallenge } from './examples.testing';
import { JourneyChallengesStore } from './journey-challenges.store';

const OPEN = exampleChallenge();
const CLOSED = exampleChallenge({ id: 'c2', status: 'closed', outcome: 'upheld', closedOn: '2026-12-05', nextDeadline: null, stagesAhead: [] });

describe('JourneyChallengesStore', () => {
  const spec = storeSpec(JourneyChallengesStore);

  async function load(list = [CLOSED, OPEN]): Promise<void> {
    const loading = spec.sut.load('j1');
    spec.backend.expectOne('/api/journeys/j1/challenges').flush(list);
    spec.backend.expectOne('/api/challenge-types').flush([
      { key: 'nhs_complaint', name: 'NHS complaint', bodyHint: 'An NHS trust', stages: [], shipped: true, changed: false, archived: false },
      { key: 'old', name: 'Old kind', bodyHint: '', stages: [], shipped: false, changed: true, archived: true },
    ]);
    await loading;
  }

  it('should load her challenges open ones first, and offer only types that are not archived', async () => {
    await load();
    expect(spec.sut.challenges().map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(spec.sut.openableTypes().map((t) => t.key)).toEqual(['nhs_complaint']);
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should open a challenge with the Idempotency-Key and put it in the list', async () => {
    await load([CLOSED]);
    const request = { typeKey: 'nhs_complaint', bodyChallenged: 'Trust', herWords: 'Sorry', eventOn: '2026-11-01', region: 'GB-ENG' as const };
    const opening = spec.sut.create(request, 'key-1');
    const req = spec.backend.expectOne('/api/journeys/j1/challenges');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(OPEN, { status: 201, statusText: 'Created' });
    expect((await opening).ok).toBe(true);
    expect(spec.sut.challenges().map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('should move to the next stage with the version it holds and who spoke', async () => {
    await load();
    const moving = spec.sut.moveStage(OPEN, { stageKey: 'acknowledgement', on: '2026-12-07', supportLevel: 'accompanied' }, 'key-2');
    const req = spec.backend.expectOne('/api/challenges/c1/stages');
    expect(req.request.body).toEqual({ version: 1, stageKey: 'acknowledgement', on: '2026-12-07', supportLevel: 'accompanied' });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-2');
    req.flush({ ...OPEN, version: 2 }, { status: 201, statusText: 'Created' });
    expect((await moving).ok).toBe(true);
    expect(spec.sut.byId('c1')?.version).toBe(2);
  });

  it('should put the challenge as it is now after a stale version (409)', async () => {
    await load();
    const saving = spec.sut.update(OPEN, { herWords: 'Mine' });
    const req = spec.backend.expectOne('/api/challenges/c1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ version: 1, herWords: 'Mine' });
    const now = { ...OPEN, herWords: 'Theirs', version: 3 };
    req.flush({ statusCode: 409, message: 'Someone else changed this.', current: now }, { status: 409, statusText: 'Conflict' });
    await tick();
    const result = await saving;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.conflict?.current).toEqual(now);
    expect(spec.sut.byId('c1')?.herWords).toBe('Theirs');
  });

  it('should record who spoke at a stage and the outcome, each with its version', async () => {
    await load();
    const speaking = spec.sut.updateStage(OPEN, 's1', { supportLevel: 'prepared', note: 'Phoned' });
    const stage = spec.backend.expectOne('/api/challenges/c1/stages/s1');
    expect(stage.request.body).toEqual({ version: 1, supportLevel: 'prepared', note: 'Phoned' });
    stage.flush({ ...OPEN, version: 2 });
    await speaking;
    const closing = spec.sut.close(spec.sut.byId('c1') ?? OPEN, { outcome: 'upheld', on: '2026-12-07', note: null });
    const outcome = spec.backend.expectOne('/api/challenges/c1/outcome');
    expect(outcome.request.body).toEqual({ version: 2, outcome: 'upheld', on: '2026-12-07', note: null });
    outcome.flush({ ...OPEN, status: 'closed', version: 3 }, { status: 201, statusText: 'Created' });
    await closing;
    expect(spec.sut.challenges().map((c) => [c.id, c.status])).toEqual([
      ['c1', 'closed'],
      ['c2', 'closed'],
    ]);
  });

  it('should keep the list as it was when the API refuses the new challenge, with its words', async () => {
    await load([]);
    const opening = spec.sut.create({ typeKey: 'nhs_complaint', bodyChallenged: 'x', herWords: 'y', eventOn: '2030-01-01' });
    const result = await spec.refuse(opening, '/api/journeys/j1/challenges', 400, ['eventOn must not be in the future']);
    expect(!result.ok && result.problem.messages).toEqual(['eventOn must not be in the future']);
    expect(spec.sut.challenges()).toEqual([]);
  });
});
