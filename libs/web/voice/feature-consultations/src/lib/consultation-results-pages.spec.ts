import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { SessionStore } from '@beside/web/core';
import { apiSpec, pageOf } from '@beside/web/core/testing';
import { of } from 'rxjs';
import { consultation, quote, results } from './consultation-examples.testing';
import { ConsultationResultsPage } from './consultation-results-page';
import { ConsultationTextsPage } from './consultation-texts-page';

const session = { manages: true };

describe('a consultation’s results, themes and quotes', () => {
  const asked: string[] = [];
  const api = apiSpec(
    provideRouter([]),
    { provide: SessionStore, useValue: { can: (p: string) => p !== 'consultation:manage' || session.manages, role: () => 'manager' } },
    { provide: MatDialog, useValue: { open: (_c: unknown, config: { data: { title: string } }) => (asked.push(config.data.title), { afterClosed: () => of(true) }) } },
  );
  let fixture: ReturnType<typeof TestBed.createComponent<unknown>>;
  const page = pageOf(() => fixture);

  beforeEach(() => (session.manages = true));

  async function resultsPage(): Promise<void> {
    fixture = TestBed.createComponent(ConsultationResultsPage);
    fixture.componentRef.setInput('consultationId', 'c1');
    fixture.detectChanges();
    api.backend.expectOne('/api/consultations/c1/results').flush(results());
    await page.settle(2);
  }

  it('should give each question a chart and a table of the same figures, with <5 and hidden counts in words', async () => {
    await resultsPage();
    const table = page.el().querySelector('#result-0-caption')?.closest('table');
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((r) => [...r.children].map((c) => c.textContent?.trim()).join(' '));
    expect(rows).toEqual(['My GP hidden to protect anonymity', 'A friend 8', 'Other <5']);
    const bars = page.el().querySelector('.bs-result__bars');
    expect(bars?.getAttribute('aria-hidden')).toBe('true');
    // Only a count that is shown has a bar: the length of a "<5" or hidden one would tell what it hides.
    expect(bars?.querySelectorAll('.bs-result__bar').length).toBe(1);
    expect(page.text()).toContain('12 women have answered');
    expect(page.text()).toContain('Her own words are not shown here');
    expect(page.el().querySelector('a[href="/api/consultations/c1/results.csv"]')).not.toBeNull();
  });

  it('should list themes with counts and only published quotes under them', async () => {
    await resultsPage();
    const theme = page.el().querySelector('.bs-theme');
    expect(theme?.querySelector('h3')?.textContent).toBe('Evening groups');
    expect(theme?.textContent).toContain('In 6 answers.');
    expect(page.el().querySelector('.bs-theme blockquote')?.textContent).toContain('The evening group in [a place] kept me going.');
  });

  it('should compare two questions, or say why the table is hidden', async () => {
    await resultsPage();
    const select = (id: string) => page.el().querySelector<HTMLElement>(`#${id}`);
    expect(select('cross-tab-rows')).not.toBeNull();
    page.button('Compare').click();
    await page.settle();
    expect(page.el().querySelector('bs-cross-tab-section bs-error-summary')?.textContent).toContain('Choose the question for the rows');
    const section = fixture.debugElement.query((d) => d.name === 'bs-cross-tab-section').componentInstance as { form: { setValue(v: object): void } };
    section.form.setValue({ rows: 'qa', columns: 'qs' });
    page.button('Compare').click();
    await page.settle();
    api.backend
      .expectOne((r) => r.url === '/api/consultations/c1/cross-tab' && r.params.get('rows') === 'qa' && r.params.get('columns') === 'qs')
      .flush({ rowsQuestionId: 'qa', columnsQuestionId: 'qs', shown: false, reason: 'Not shown: at least one cell has fewer than 5 answers.', rows: [], columns: [], cells: [] });
    await page.settle();
    expect(page.text()).toContain('Not shown: at least one cell has fewer than 5 answers.');
    expect(page.text()).not.toContain('Not shown: Not shown');
    expect(page.el().querySelector('#cross-tab-caption')).toBeNull();
  });

  it('should not link the panel to the themes and quotes page', async () => {
    session.manages = false;
    await resultsPage();
    expect(page.el().querySelector('a[href="/consultations/c1/texts"]')).toBeNull();
  });

  async function textsPage(quotes = [quote()]): Promise<void> {
    fixture = TestBed.createComponent(ConsultationTextsPage);
    fixture.componentRef.setInput('consultationId', 'c1');
    fixture.detectChanges();
    api.backend.expectOne('/api/consultations/c1').flush(consultation({ status: 'open', locked: true }));
    api.backend.expectOne('/api/consultations/c1/results').flush(results());
    api.backend.expectOne('/api/consultations/c1/quotes').flush(quotes);
    await page.settle(2);
    api.backend
      .expectOne((r) => r.url === '/api/consultations/c1/texts' && r.params.get('questionId') === 'qb')
      .flush([{ id: 'x1', questionId: 'qb', text: 'The evening group at Riverside Hall kept me going.', themeIds: [] }]);
    await page.settle(2);
  }

  it('should tag an answer into a theme', async () => {
    await textsPage();
    expect(page.text()).toContain('The evening group at Riverside Hall kept me going.');
    (page.el().querySelector('.bs-text__themes input[type="checkbox"]') as HTMLInputElement).click();
    await page.settle();
    const put = api.backend.expectOne('/api/consultations/c1/texts/x1/themes');
    expect(put.request.body).toEqual({ themeIds: ['t1'] });
    put.flush({ id: 'x1', questionId: 'qb', text: 'The evening group at Riverside Hall kept me going.', themeIds: ['t1'] });
    await page.settle();
    api.backend.expectOne('/api/consultations/c1/results').flush(results());
    await page.settle();
  });

  it('should propose a quote with the identifying words cut', async () => {
    await textsPage();
    page.button('Propose a quote from answer 1').click();
    await page.settle();
    expect((page.el().querySelector('#quote-words') as HTMLTextAreaElement).value).toBe('The evening group at Riverside Hall kept me going.');
    page.type('#quote-words', 'The evening group at [a place] kept me going.');
    page.button('Propose the quote').click();
    await page.settle();
    const post = api.backend.expectOne('/api/consultations/c1/quotes');
    expect(post.request.body).toEqual({ textId: 'x1', words: 'The evening group at [a place] kept me going.', themeId: null });
    post.flush(quote({ id: 'q2', words: 'The evening group at [a place] kept me going.' }), { status: 201, statusText: 'Created' });
    await page.settle();
    expect(page.text()).toContain('Quote proposed. Someone else now reviews it');
  });

  it('should need a note of what the reviewer checked, and show the API’s refusal of the proposer’s own review', async () => {
    await textsPage();
    page.button('Review the quote proposed by Amara Hughes').click();
    await page.settle();
    page.button('Publish').click();
    await page.settle();
    expect(page.el().querySelector('bs-quote-review-queue bs-error-summary')?.textContent).toContain('Say what you checked');
    api.backend.expectNone('/api/consultations/c1/quotes/q1/review');
    page.type('#review-note', 'No names, places or dates.');
    page.button('Publish').click();
    await page.settle();
    const review = api.backend.expectOne('/api/consultations/c1/quotes/q1/review');
    expect(review.request.body).toEqual({ decision: 'publish', note: 'No names, places or dates.' });
    review.flush({ statusCode: 409, message: 'Someone other than the person who proposed it must review it' }, { status: 409, statusText: 'Conflict' });
    await page.settle();
    expect(page.text()).toContain('Someone other than the person who proposed it must review it');
  });

  it('should record a refusal with its note and list it as reviewed', async () => {
    await textsPage();
    page.button('Review the quote proposed by Amara Hughes').click();
    await page.settle();
    page.type('#review-note', 'It names her street.');
    page.button('Do not publish').click();
    await page.settle();
    api.backend
      .expectOne('/api/consultations/c1/quotes/q1/review')
      .flush(quote({ status: 'rejected', reviewedBy: 'Bea Moreno', reviewedAt: '2026-12-07T11:00:00Z', reviewNote: 'It names her street.' }));
    await page.settle();
    expect(page.text()).toContain('No quotes are waiting.');
    expect(page.text()).toContain('Not published');
    expect(page.text()).toContain('reviewed by Bea Moreno');
  });

  it('should add, rename and remove a theme, asking before removing it', async () => {
    await textsPage();
    page.type('#new-theme-name', 'Feeling heard');
    page.button('Add the theme').click();
    await page.settle();
    const post = api.backend.expectOne('/api/consultations/c1/themes');
    expect(post.request.body).toEqual({ name: 'Feeling heard' });
    post.flush({ id: 't2', name: 'Feeling heard', description: null, answers: 0 }, { status: 201, statusText: 'Created' });
    await page.settle();
    expect(page.text()).toContain('Theme “Feeling heard” added.');

    page.button('Rename Feeling heard').click();
    await page.settle();
    page.type('#rename-theme-name', 'Being heard');
    page.button('Save the name').click();
    await page.settle();
    const patch = api.backend.expectOne('/api/consultations/c1/themes/t2');
    expect(patch.request.body).toEqual({ name: 'Being heard' });
    patch.flush({ id: 't2', name: 'Being heard', description: null, answers: 0 });
    await page.settle();

    page.button('Remove Evening groups').click();
    await page.settle(2);
    expect(asked).toEqual(['Remove the theme “Evening groups”?']);
    api.backend.expectOne((r) => r.method === 'DELETE' && r.url === '/api/consultations/c1/themes/t1').flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();
    expect(page.text()).toContain('Theme “Evening groups” removed.');
    expect([...page.el().querySelectorAll('.bs-theme-list strong')].map((e) => e.textContent)).toEqual(['Being heard']);
  });
});
