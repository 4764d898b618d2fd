import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyChallenge, MyLetter } from '@beside/shared/contracts';
import { ChallengeCard } from './challenge-card';

const OPEN: MyChallenge = {
  id: 'c1',
  typeName: 'NHS complaint',
  bodyChallenged: 'North Riverside NHS Trust',
  herWords: 'An apology, and a care plan I wrote with them',
  status: 'open',
  outcome: null,
  now: { name: 'Complaint acknowledged', description: 'The body acknowledges the complaint.', since: '2027-02-25' },
  nextDeadline: { on: '2027-03-02', daysLeft: 12 },
  stagesDone: [{ name: 'Complaint made', startedOn: '2027-02-01', endedOn: '2027-02-25', supportLevel: 'accompanied' }],
  stagesAhead: [{ name: 'Response', description: 'The written response.' }],
};
const LETTERS: MyLetter[] = [
  { id: 'l1', challengeId: 'c1', typeName: 'NHS complaint', title: 'Complaint', body: 'Words', status: 'shared', sentOn: null, version: 1 },
  { id: 'l2', challengeId: 'c1', typeName: 'NHS complaint', title: 'First letter', body: 'Words', status: 'sent', sentOn: '2027-02-01', version: 3 },
];

@Component({ imports: [ChallengeCard], template: '<bs-challenge-card [challenge]="challenge" [letters]="letters" />' })
class Host {
  challenge = OPEN;
  letters = LETTERS;
}

describe('ChallengeCard', () => {
  async function render(challenge: MyChallenge, letters: MyLetter[] = LETTERS): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.challenge = challenge;
    fixture.componentInstance.letters = letters;
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement;
  }
  const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ') ?? '';

  it('should say what it is, what she wants, where it is and the next date', async () => {
    const el = await render(OPEN);
    expect(el.querySelector('h2')?.textContent).toBe('NHS complaint: North Riverside NHS Trust');
    const words = text(el);
    expect(words).toContain('An apology, and a care plan I wrote with them');
    expect(words).toMatch(/Complaint acknowledged \(since Thursday,? 25 February 2027\)/);
    expect(words).toMatch(/By Tuesday,? 2 March 2027\. 12 days from today\./);
    expect(words).not.toContain('does not always mean it is too late');
  });

  it('should say who spoke at each stage done, and what could come next', async () => {
    const words = text(await render(OPEN));
    expect(words).toContain('Complaint made: 1 February 2027 to 25 February 2027');
    expect(words).toContain('You spoke, with your advocate beside you');
    expect(words).toContain('What could come next (1)');
    expect(words).toContain('The written response.');
  });

  it('should link her letters, saying which are sent', async () => {
    const el = await render(OPEN);
    const links = [...el.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Complaint', '/my/challenges/letters/l1'],
      ['First letter', '/my/challenges/letters/l2'],
    ]);
    expect(text(el)).toContain('Not sent yet: read it and tell us what you think');
    expect(text(el)).toMatch(/Sent on Monday,? 1 February 2027/);
  });

  it('should speak kindly of a missed date', async () => {
    const words = text(await render({ ...OPEN, nextDeadline: { on: '2027-03-02', daysLeft: -3 } }, []));
    expect(words).toContain('This date was 3 days ago.');
    expect(words).toContain('A missed date does not always mean it is too late.');
    expect(words).toContain('No letters shared with you yet.');
  });

  it('should give the outcome once it has ended, and no next date', async () => {
    const words = text(await render({ ...OPEN, status: 'closed', outcome: 'partly_upheld', now: null, nextDeadline: null, stagesAhead: [] }));
    expect(words).toContain('How it ended');
    expect(words).toContain('Partly upheld: they agreed with some of what you said');
    expect(words).not.toContain('Next date');
  });
});
