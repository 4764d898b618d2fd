import type { MyChallenge, MyLetter } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
import { MyChallengesStore } from './my-challenges.store';

function myChallenge(overrides: Partial<MyChallenge> = {}): MyChallenge {
  return {
    id: 'c1',
    typeName: 'NHS complaint',
    bodyChallenged: 'North Riverside NHS Trust',
    herWords: 'An apology',
    status: 'open',
    outcome: null,
    now: { name: 'Complaint acknowledged', description: 'The body acknowledges the complaint.', since: '2027-02-25' },
    nextDeadline: { on: '2027-03-02', daysLeft: 5 },
    stagesDone: [],
    stagesAhead: [],
    ...overrides,
  };
}

function letter(overrides: Partial<MyLetter> = {}): MyLetter {
  return { id: 'l1', challengeId: 'c1', typeName: 'NHS complaint', title: 'Complaint', body: 'Words', status: 'shared', sentOn: null, version: 2, ...overrides };
}

describe('MyChallengesStore', () => {
  const spec = storeSpec(MyChallengesStore);

  async function load(challenges: MyChallenge[], letters: MyLetter[]): Promise<void> {
    const loading = spec.sut.load();
    spec.backend.expectOne('/api/my/challenges').flush(challenges);
    await new Promise((r) => setTimeout(r));
    spec.backend.expectOne('/api/my/letters').flush(letters);
    await loading;
  }

  it('should put open challenges first, the soonest date first, and name the soonest for her plan', async () => {
    await load(
      [
        myChallenge({ id: 'ended', status: 'closed', outcome: 'upheld', nextDeadline: null }),
        myChallenge({ id: 'later', nextDeadline: { on: '2027-04-01', daysLeft: 30 } }),
        myChallenge({ id: 'none', nextDeadline: null }),
        myChallenge({ id: 'soon', nextDeadline: { on: '2027-03-02', daysLeft: 2 } }),
      ],
      [],
    );
    expect(spec.sut.loaded()).toBe(true);
    expect(spec.sut.ordered().map((c) => c.id)).toEqual(['soon', 'later', 'none', 'ended']);
    expect(spec.sut.nextDate()?.id).toBe('soon');
  });

  it('should list a challenge’s letters, those still to look at before those sent', async () => {
    await load([myChallenge()], [letter({ id: 'sent', status: 'sent', sentOn: '2027-02-01' }), letter({ id: 'draft' }), letter({ id: 'other', challengeId: 'c2' })]);
    expect(spec.sut.lettersFor('c1').map((l) => l.id)).toEqual(['draft', 'sent']);
    expect(spec.sut.letter('other')?.challengeId).toBe('c2');
    expect(spec.sut.letter('missing')).toBeNull();
  });

  it('should keep what it holds and say what went wrong when the list cannot be read', async () => {
    const loading = spec.sut.load();
    spec.backend.expectOne('/api/my/challenges').flush({ statusCode: 500, message: 'boom' }, { status: 500, statusText: 'Server Error' });
    await new Promise((r) => setTimeout(r));
    spec.backend.match('/api/my/letters').forEach((r) => r.flush([]));
    await loading;
    expect(spec.sut.problem()).toContain('Something went wrong on our side');
    expect(spec.sut.challenges()).toEqual([]);
    expect(spec.sut.loaded()).toBe(true);
  });

  it('should download a letter as a PDF under the name the API gave it', async () => {
    const downloading = spec.sut.downloadLetter('l1');
    const req = spec.backend.expectOne('/api/my/letters/l1/pdf');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF-1.7']), { headers: { 'Content-Disposition': 'attachment; filename="letter-2027-03-01.pdf"' } });
    const file = await downloading;
    expect(file).toEqual({ ok: true, blob: expect.any(Blob), filename: 'letter-2027-03-01.pdf' });
  });

  it('should say kindly when a letter is no longer there', async () => {
    const downloading = spec.sut.downloadLetter('l1');
    spec.backend.expectOne('/api/my/letters/l1/pdf').flush(new Blob([JSON.stringify({ statusCode: 404, message: 'Letter not found' })]), { status: 404, statusText: 'Not Found' });
    const file = await downloading;
    expect(file.ok).toBe(false);
    expect(file.ok ? '' : file.message).toContain('We could not find this file');
  });
});
