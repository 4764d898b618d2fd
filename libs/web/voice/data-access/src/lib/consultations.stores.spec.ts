import type { ConsultationQuoteView, ConsultationResultsView, ConsultationView } from '@beside/shared/contracts';
import { storeSpec } from '@beside/web/core/testing';
import { consultationPublicPath, consultationResultsCsvUrl } from './consultations-api';
import { ConsultationResultsStore } from './consultation-results.store';
import { ConsultationTextsStore } from './consultation-texts.store';
import { ConsultationsStore } from './consultations.store';

function consultation(overrides: Partial<ConsultationView> = {}): ConsultationView {
  return {
    id: 'c1',
    title: 'Your say on our groups',
    privacyNotice: 'We keep your answers without your name.',
    anonymous: true,
    networkWide: false,
    opensOn: '2026-12-01',
    closesOn: '2026-12-31',
    status: 'draft',
    secondLanguage: null,
    publicLink: false,
    publicSlug: null,
    version: 2,
    locked: false,
    questions: [],
    ...overrides,
  };
}

function results(overrides: Partial<ConsultationResultsView> = {}): ConsultationResultsView {
  return { consultationId: 'c1', title: 'Your say', responses: 12, note: '', questions: [], themes: [], quotes: [], ...overrides };
}

function quote(overrides: Partial<ConsultationQuoteView> = {}): ConsultationQuoteView {
  return {
    id: 'q1',
    words: 'The group in [a place] helped me speak up.',
    questionId: 'qn3',
    themeId: null,
    status: 'proposed',
    proposedBy: 'Amara Hughes',
    proposedAt: '2026-12-07T10:00:00Z',
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
    ...overrides,
  };
}

describe('ConsultationsStore', () => {
  const spec = storeSpec(ConsultationsStore);

  it('should list the consultations, the latest to close first', async () => {
    const list = [consultation({ id: 'c0', closesOn: '2026-06-30' }), consultation()];
    expect(await spec.answer(spec.sut.loadAll(), '/api/consultations', list)).toBe(true);
    expect(spec.sut.list()?.map((c) => c.id)).toEqual(['c1', 'c0']);
  });

  it('should say why the list could not be read', async () => {
    expect(await spec.refuse(spec.sut.loadAll(), '/api/consultations', 403, 'You cannot do that')).toBe(false);
    expect(spec.sut.problem()).toBe('You cannot do that');
    expect(spec.sut.list()).toBeNull();
  });

  it('should create a draft with the submission’s Idempotency-Key and open it', async () => {
    const request = { title: 'Your say', privacyNotice: 'Words', anonymous: true, opensOn: '2026-12-01', closesOn: '2026-12-31', networkWide: true };
    const creating = spec.sut.create(request, 'key-1');
    const req = spec.backend.expectOne('/api/consultations');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush(consultation({ networkWide: true }), { status: 201, statusText: 'Created' });
    expect((await creating).ok).toBe(true);
    expect(spec.sut.current()?.networkWide).toBe(true);
  });

  it('should send the version it read with a change and with the questions', async () => {
    await spec.answer(spec.sut.load('c1'), '/api/consultations/c1', consultation());
    const saving = spec.sut.update({ title: 'Your say on groups' });
    const patch = spec.backend.expectOne('/api/consultations/c1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ title: 'Your say on groups', version: 2 });
    patch.flush(consultation({ title: 'Your say on groups', version: 3 }));
    await saving;

    const questions = [{ kind: 'text' as const, words: 'What would you change?', textLimit: 500 }];
    const replacing = spec.sut.replaceQuestions(questions);
    const put = spec.backend.expectOne('/api/consultations/c1/questions');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ version: 3, questions });
    put.flush(consultation({ version: 4 }));
    expect((await replacing).ok).toBe(true);
    expect(spec.sut.current()?.version).toBe(4);
  });

  it('should keep the consultation as it was when the API refuses a change once it is locked', async () => {
    await spec.answer(spec.sut.load('c1'), '/api/consultations/c1', consultation());
    const result = await spec.refuse(spec.sut.update({ title: 'New' }), '/api/consultations/c1', 409, 'Someone has answered already: it can no longer change');
    expect(!result.ok && result.problem.messages).toEqual(['Someone has answered already: it can no longer change']);
    expect(spec.sut.current()?.title).toBe('Your say on our groups');
  });

  it('should open and close with the version, and keep the new status', async () => {
    await spec.answer(spec.sut.load('c1'), '/api/consultations/c1', consultation());
    const opening = spec.sut.openForAnswers('key-2');
    const open = spec.backend.expectOne('/api/consultations/c1/open');
    expect(open.request.body).toEqual({ version: 2 });
    expect(open.request.headers.get('Idempotency-Key')).toBe('key-2');
    open.flush(consultation({ status: 'open', version: 3 }));
    await opening;
    const closing = spec.sut.close();
    const close = spec.backend.expectOne('/api/consultations/c1/close');
    expect(close.request.body).toEqual({ version: 3 });
    close.flush(consultation({ status: 'closed', version: 4 }));
    await closing;
    expect(spec.sut.current()?.status).toBe('closed');
  });

  it('should link the CSV and the public page', () => {
    expect(consultationResultsCsvUrl('c1')).toBe('/api/consultations/c1/results.csv');
    expect(consultationPublicPath('Ab3-x')).toBe('/consultations/public/Ab3-x');
  });
});

describe('ConsultationResultsStore', () => {
  const spec = storeSpec(ConsultationResultsStore);

  it('should read the results as the API protects them', async () => {
    expect(await spec.answer(spec.sut.load('c1'), '/api/consultations/c1/results', results({ responses: '<5' }))).toBe(true);
    expect(spec.sut.results()?.responses).toBe('<5');
  });

  it('should ask for a cross-tab of two questions and show only the latest asked', async () => {
    const first = spec.sut.showCrossTab('c1', 'qa', 'qb');
    const firstReq = spec.backend.expectOne((r) => r.url === '/api/consultations/c1/cross-tab' && r.params.get('rows') === 'qa');
    const second = spec.sut.showCrossTab('c1', 'qa', 'qc');
    const secondReq = spec.backend.expectOne((r) => r.url === '/api/consultations/c1/cross-tab' && r.params.get('columns') === 'qc');
    const hidden = { rowsQuestionId: 'qa', columnsQuestionId: 'qc', shown: false, reason: 'A cell has fewer than 5 answers', rows: [], columns: [], cells: [] };
    secondReq.flush(hidden);
    await second;
    firstReq.flush({ ...hidden, columnsQuestionId: 'qb', shown: true, cells: [[5]] });
    await first;
    expect(spec.sut.crossTab()).toEqual(hidden);
  });
});

describe('ConsultationTextsStore', () => {
  const spec = storeSpec(ConsultationTextsStore);
  const theme = { id: 't1', name: 'Feeling heard', description: null, answers: '<5' as const };

  async function opened(): Promise<void> {
    const loading = spec.sut.load('c1');
    spec.backend.expectOne('/api/consultations/c1/results').flush(results({ themes: [theme] }));
    spec.backend.expectOne('/api/consultations/c1/quotes').flush([quote()]);
    expect(await loading).toBe(true);
  }

  it('should read the themes and the quotes, then one question’s free-text answers', async () => {
    await opened();
    expect(spec.sut.themes()).toEqual([theme]);
    expect(spec.sut.quotes()?.map((q) => q.id)).toEqual(['q1']);
    await spec.answer(spec.sut.loadTexts('qn3'), (r) => r.url === '/api/consultations/c1/texts' && r.params.get('questionId') === 'qn3', [
      { id: 'x1', questionId: 'qn3', text: 'More evening groups', themeIds: [] },
    ]);
    expect(spec.sut.texts()?.[0].text).toBe('More evening groups');
  });

  it('should tag an answer and read the theme counts again', async () => {
    await opened();
    await spec.answer(spec.sut.loadTexts('qn3'), (r) => r.url === '/api/consultations/c1/texts', [{ id: 'x1', questionId: 'qn3', text: 'Words', themeIds: [] }]);
    const tagging = spec.sut.tag('x1', ['t1']);
    const put = spec.backend.expectOne('/api/consultations/c1/texts/x1/themes');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ themeIds: ['t1'] });
    put.flush({ id: 'x1', questionId: 'qn3', text: 'Words', themeIds: ['t1'] });
    await new Promise((r) => setTimeout(r));
    spec.backend.expectOne('/api/consultations/c1/results').flush(results({ themes: [{ ...theme, answers: 5 }] }));
    expect((await tagging).ok).toBe(true);
    expect(spec.sut.texts()?.[0].themeIds).toEqual(['t1']);
    expect(spec.sut.themes()[0].answers).toBe(5);
  });

  it('should create, rename and remove themes, untagging a removed one', async () => {
    await opened();
    const creating = spec.sut.createTheme({ name: 'Evenings' }, 'key-3');
    const post = spec.backend.expectOne('/api/consultations/c1/themes');
    expect(post.request.headers.get('Idempotency-Key')).toBe('key-3');
    post.flush({ id: 't2', name: 'Evenings', description: null, answers: 0 });
    await creating;
    const renaming = spec.sut.renameTheme('t2', { name: 'Evening groups' });
    const patch = spec.backend.expectOne('/api/consultations/c1/themes/t2');
    expect(patch.request.method).toBe('PATCH');
    patch.flush({ id: 't2', name: 'Evening groups', description: null, answers: 0 });
    await renaming;
    expect(spec.sut.themes().map((t) => t.name)).toEqual(['Feeling heard', 'Evening groups']);
    const removing = spec.sut.deleteTheme('t1');
    const del = spec.backend.expectOne('/api/consultations/c1/themes/t1');
    expect(del.request.method).toBe('DELETE');
    del.flush(null, { status: 204, statusText: 'No Content' });
    await removing;
    expect(spec.sut.themes().map((t) => t.id)).toEqual(['t2']);
  });

  it('should propose a quote and keep the API’s refusal of her own review', async () => {
    await opened();
    const proposing = spec.sut.propose({ textId: 'x1', words: 'In [a place] I felt heard', themeId: 't1' }, 'key-4');
    const post = spec.backend.expectOne('/api/consultations/c1/quotes');
    expect(post.request.body).toEqual({ textId: 'x1', words: 'In [a place] I felt heard', themeId: 't1' });
    post.flush(quote({ id: 'q2', words: 'In [a place] I felt heard' }), { status: 201, statusText: 'Created' });
    await proposing;
    expect(spec.sut.quotes()?.map((q) => q.id)).toEqual(['q1', 'q2']);

    const refused = await spec.refuse(
      spec.sut.review('q2', { decision: 'publish', note: 'No names or places' }),
      '/api/consultations/c1/quotes/q2/review',
      409,
      'Someone other than the person who proposed it must review a quote',
    );
    expect(!refused.ok && refused.problem.messages).toEqual(['Someone other than the person who proposed it must review a quote']);
    expect(spec.sut.quotes()?.[1].status).toBe('proposed');

    const publishing = spec.sut.review('q1', { decision: 'publish', note: 'Checked names, places, dates, rare details' });
    spec.backend.expectOne('/api/consultations/c1/quotes/q1/review').flush(quote({ status: 'published', reviewedBy: 'Bea Moreno' }));
    expect((await publishing).ok).toBe(true);
    expect(spec.sut.quotes()?.[0].status).toBe('published');
  });
});
