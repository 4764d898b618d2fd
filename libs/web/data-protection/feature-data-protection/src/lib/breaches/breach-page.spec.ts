import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { breach } from '@beside/web/data-protection/data-access/testing';
import { BreachPage } from './breach-page';

describe('BreachPage', () => {
  let fixture: ComponentFixture<BreachPage>;
  const api = apiSpec(provideRouter([]));
  const page = pageOf(() => fixture);

  async function open(b = breach()): Promise<void> {
    fixture = TestBed.createComponent(BreachPage);
    fixture.componentRef.setInput('breachId', b.id);
    fixture.detectChanges();
    await page.settle();
    api.backend.expectOne(`/api/breaches/${b.id}`).flush(b);
    await page.settle(2);
  }

  it('should show the 72-hour clock and record the decision about the Commissioner, reason required', async () => {
    await open();
    expect(page.el().querySelector('h1')?.textContent).toContain('Breach B-2027-0001');
    expect(page.text()).toContain('40 hours left');
    const decide = [...page.el().querySelectorAll('button')].filter((b) => b.textContent?.trim() === 'Record the decision');
    expect(decide).toHaveLength(2);
    decide[0].click();
    await page.settle();
    expect(page.text()).toContain('Choose whether to tell the Commissioner');
    expect(page.text()).toContain('Give the reason for the decision');

    (page.el().querySelectorAll('#ico-tell input')[0] as HTMLInputElement).click();
    page.type('#ico-reason', 'Health information about one woman');
    page.type('#ico-reference', 'ICO-123');
    decide[0].click();
    const req = api.backend.expectOne('/api/breaches/b1/ico-decision');
    expect(req.request.body).toEqual({ version: 1, tell: true, reason: 'Health information about one woman', toldAt: null, reference: 'ICO-123' });
    req.flush(breach({ version: 2, icoDecision: { tell: true, reason: 'Health information about one woman', decidedBy: 'Maya Okafor', decidedAt: '2027-02-01T11:00:00.000Z' }, icoReference: 'ICO-123' }));
    await page.settle(2);
    expect(page.text()).toContain('To tell, not yet told, by Maya Okafor');
    expect(page.button('Record when they were told')).toBeDefined();
  });

  it('should add an action taken', async () => {
    await open();
    page.type('#action-what', 'Asked for the letter back');
    page.button('Add the action').click();
    const req = api.backend.expectOne('/api/breaches/b1/actions');
    expect(req.request.body).toEqual({ version: 1, what: 'Asked for the letter back' });
    req.flush(breach({ version: 2, actions: [{ at: '2027-02-01T12:00:00.000Z', by: 'Maya Okafor', what: 'Asked for the letter back' }] }));
    await page.settle(2);
    expect(page.el().querySelector('.bs-actions-list')?.textContent).toMatch(/Asked for the letter back\s*\(Maya Okafor, Mon,? 1 Feb 2027, 12:00\)/);
  });

  it('should offer no change once closed', async () => {
    await open(breach({ closedAt: '2027-02-05T10:00:00.000Z', icoClock: null, icoDecision: { tell: false, reason: 'x', decidedBy: 'M', decidedAt: '2027-02-01T11:00:00.000Z' } }));
    expect(page.text()).toContain('Closed on');
    expect(page.button('Close the breach')).toBeUndefined();
    expect(page.button('Add the action')).toBeUndefined();
  });
});
