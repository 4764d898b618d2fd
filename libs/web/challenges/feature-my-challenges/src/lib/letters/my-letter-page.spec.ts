import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyLetter } from '@beside/shared/contracts';
import { MyChallengesStore } from '@beside/web/challenges/data-access';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { MyLetterPage } from './my-letter-page';

const SHARED: MyLetter = { id: 'l1', challengeId: 'c1', typeName: 'NHS complaint', title: 'Complaint', body: '## Complaint\n\nMy name is **Nia**.', status: 'shared', sentOn: null, version: 2 };
const SENT: MyLetter = { ...SHARED, id: 'l2', title: 'First letter', status: 'sent', sentOn: '2027-02-01' };

describe('MyLetterPage', () => {
  let fixture: ComponentFixture<MyLetterPage>;
  const api = apiSpec(MyChallengesStore, provideRouter([]));
  const page = pageOf(() => fixture);

  async function open(letterId: string): Promise<void> {
    fixture = TestBed.createComponent(MyLetterPage);
    fixture.componentRef.setInput('letterId', letterId);
    fixture.detectChanges();
    api.backend.expectOne('/api/my/challenges').flush([]);
    api.backend.expectOne('/api/my/change-proposals').flush([
      { id: 'p1', targetType: 'letter', targetId: 'l1', field: 'body', proposedValue: 'New words', reason: 'Clearer', status: 'declined', reply: 'Let us talk', decidedByName: 'Amara Hughes', createdAt: '2027-02-20T10:00:00Z' },
    ]);
    await page.settle(2);
    api.backend.expectOne('/api/my/letters').flush([SHARED, SENT]);
    await page.settle(3);
  }

  it('should show a shared letter in full, offer a change in her words, and list what she asked with the reply', async () => {
    await open('l1');
    expect(page.el().querySelector('h1')?.textContent).toContain('Complaint');
    expect(page.el().querySelector('strong')?.textContent).toBe('Nia');
    expect(page.button('Ask for a change')).toBeDefined();
    expect(page.button('Download as PDF')).toBeDefined();
    expect(page.text()).toContain('Not changed');
    expect(page.text()).toContain('Reply from Amara Hughes: “Let us talk”');
    page.button('Ask for a change').click();
    await page.settle();
    expect((page.el().querySelector('#letter-change-words') as HTMLTextAreaElement).value).toBe(SHARED.body);
  });

  it('should keep a sent letter read-only', async () => {
    await open('l2');
    expect(page.text()).toMatch(/Sent on Monday,? 1 February 2027/);
    expect(page.button('Ask for a change')).toBeUndefined();
    expect(page.text()).not.toContain('Changes you asked for');
  });

  it('should say kindly when the letter is not hers to read', async () => {
    await open('other');
    expect(page.el().querySelector('h1')?.textContent).toContain('Letter not found');
  });
});
