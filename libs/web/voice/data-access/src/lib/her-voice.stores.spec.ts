import type { TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ConsultationQuestionView, FeedbackInvitationView, MyConsultationView, PublicConsultationView, YouSaidWeDidView } from '@beside/shared/contracts';
import { storeSpec, tick } from '@beside/web/core/testing';
import { createHash } from 'node:crypto';
import { KeptAnswers } from './kept-answers';
import { MyConsultationsStore } from './my-consultations.store';
import { MyFeedbackStore } from './my-feedback.store';
import { leadingZeroBits, type Digest } from './proof-of-work';
import { PublicConsultationStore } from './public-consultation.store';
import { YouSaidStore } from './you-said.store';

const sha256: Digest = async (bytes) => Uint8Array.from(createHash('sha256').update(bytes).digest()).buffer;

const QUESTION: ConsultationQuestionView = {
  id: 'q1',
  position: 1,
  kind: 'single',
  words: 'What matters most?',
  easyRead: null,
  secondLanguageWords: null,
  choices: [
    { key: 'housing', words: 'Housing' },
    { key: 'health', words: 'Health' },
  ],
  required: true,
  textLimit: null,
};

function mine(overrides: Partial<MyConsultationView> = {}): MyConsultationView {
  return { id: 'c1', title: 'Waiting times', privacyNotice: 'We keep no names.', anonymous: true, closesOn: '2099-01-31', secondLanguage: null, answered: false, questions: [QUESTION], ...overrides };
}

function publicView(overrides: Partial<PublicConsultationView> = {}): PublicConsultationView {
  return {
    title: 'Waiting times',
    privacyNotice: 'We keep no names.',
    closesOn: '2099-01-31',
    open: true,
    secondLanguage: null,
    questions: [QUESTION],
    proofOfWork: { challenge: 'c1.4102444800000.abc.sig', bits: 8, expiresAt: '2099-01-01T00:00:00Z' },
    ...overrides,
  };
}

const ANSWERS = [{ questionId: 'q1', chosen: ['housing'] }];

describe('MyConsultationsStore', () => {
  const spec = storeSpec(MyConsultationsStore);
  const kept = (): KeptAnswers => TestBed.inject(KeptAnswers);

  beforeEach(async () => {
    localStorage.clear();
    kept().keep('my.c1', '2099-01-31', { q1: { chosen: ['health'] } });
    kept().keep('my.c2', '2099-01-31', { q1: { chosen: ['health'] } });
    kept().keep('my.closed-early', '2099-01-31', { q1: { chosen: ['health'] } });
    kept().keep('public.c2-link-abcdefghijk', '2099-01-31', { q1: { chosen: ['health'] } });
    await spec.answer(spec.sut.load(), '/api/my/consultations', [mine(), mine({ id: 'c2', answered: true })]);
  });

  it('should list what waits for her answer, and forget what she kept of one she has answered or that has closed', () => {
    expect(spec.sut.waiting().map((c) => c.id)).toEqual(['c1']);
    expect(kept().read('my.c1')).toEqual({ q1: { chosen: ['health'] } });
    expect(kept().read('my.c2')).toBeNull();
    expect(kept().read('my.closed-early')).toBeNull();
    expect(kept().read('public.c2-link-abcdefghijk')).not.toBeNull();
  });

  it('should send her answers once, then count it answered and forget them here', async () => {
    const sending = spec.sut.answer('c1', ANSWERS, 'key-1');
    const req = spec.backend.expectOne('/api/my/consultations/c1/answers');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ answers: ANSWERS });
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush({ answered: true });
    expect((await sending).ok).toBe(true);
    expect(spec.sut.waiting()).toEqual([]);
    expect(kept().read('my.c1')).toBeNull();
  });

  it('should count it answered when the API says she has answered already (409)', async () => {
    const result = await spec.refuse(spec.sut.answer('c1', ANSWERS), '/api/my/consultations/c1/answers', 409, 'You have already answered this consultation. Thank you.');
    expect(result.ok).toBe(false);
    expect(spec.sut.find('c1')?.answered).toBe(true);
    expect(kept().read('my.c1')).toBeNull();
  });

  it('should keep her answers when they are refused as they are (400)', async () => {
    const result = await spec.refuse(spec.sut.answer('c1', ANSWERS), '/api/my/consultations/c1/answers', 400, ['q1: choose one of its choices']);
    expect(result.ok).toBe(false);
    expect(spec.sut.find('c1')?.answered).toBe(false);
    expect(kept().read('my.c1')).not.toBeNull();
  });
});

describe('PublicConsultationStore', () => {
  const spec = storeSpec(PublicConsultationStore);

  beforeEach(() => {
    localStorage.clear();
    spec.sut.digest = sha256;
  });

  /** The answers' request, once the proof of work (a few turns of the event loop) is done. */
  async function sent(url: string): Promise<TestRequest> {
    for (let i = 0; i < 100; i++) {
      const [req] = spec.backend.match(url);
      if (req) return req;
      await tick();
    }
    throw new Error(`nothing was sent to ${url}`);
  }

  it('should send the answers with a nonce that solves the challenge, then forget what was kept', async () => {
    TestBed.inject(KeptAnswers).keep('public.slug-1234567890abcdef', '2099-01-31', { q1: { chosen: ['housing'] } });
    await spec.answer(spec.sut.load('slug-1234567890abcdef'), '/api/public/consultations/slug-1234567890abcdef', publicView());
    spec.sut.prepare();
    const sending = spec.sut.send(ANSWERS, Date.parse('2098-12-31T00:00:00Z'));
    const req = await sent('/api/public/consultations/slug-1234567890abcdef/answers');
    const { challenge, nonce, answers } = req.request.body;
    expect(answers).toEqual(ANSWERS);
    expect(challenge).toBe('c1.4102444800000.abc.sig');
    expect(leadingZeroBits(createHash('sha256').update(challenge + nonce).digest())).toBeGreaterThanOrEqual(8);
    expect(spec.sut.progress()).toBe(1);
    req.flush({ answered: true });
    expect((await sending).ok).toBe(true);
    expect(TestBed.inject(KeptAnswers).read('public.slug-1234567890abcdef')).toBeNull();
  });

  it('should fetch a new challenge before sending when the one it holds is about to expire', async () => {
    await spec.answer(spec.sut.load('s'), '/api/public/consultations/s', publicView({ proofOfWork: { challenge: 'old', bits: 1, expiresAt: '2026-01-01T10:00:30Z' } }));
    const sending = spec.sut.send(ANSWERS, Date.parse('2026-01-01T10:00:00Z'));
    spec.backend.expectOne('/api/public/consultations/s').flush(publicView({ proofOfWork: { challenge: 'new', bits: 1, expiresAt: '2026-01-01T11:00:00Z' } }));
    const req = await sent('/api/public/consultations/s/answers');
    expect(req.request.body.challenge).toBe('new');
    req.flush({ answered: true });
    expect((await sending).ok).toBe(true);
  });

  it('should take a fresh challenge after a refusal (409), and learn when it has closed', async () => {
    await spec.answer(spec.sut.load('s'), '/api/public/consultations/s', publicView({ proofOfWork: { challenge: 'one', bits: 1, expiresAt: '2099-01-01T00:00:00Z' } }));
    const sending = spec.sut.send(ANSWERS, Date.parse('2026-01-01T10:00:00Z'));
    (await sent('/api/public/consultations/s/answers')).flush({ statusCode: 409, message: 'This consultation is not open for answers' }, { status: 409, statusText: 'Conflict' });
    await tick();
    spec.backend.expectOne('/api/public/consultations/s').flush(publicView({ open: false }));
    const result = await sending;
    expect(result.ok).toBe(false);
    expect(spec.sut.consultation()?.open).toBe(false);
  });

  it('should say when no consultation has the link (404)', async () => {
    await spec.refuse(spec.sut.load('nope'), '/api/public/consultations/nope', 404, 'Consultation not found');
    expect(spec.sut.missing()).toBe(true);
    expect(spec.sut.consultation()).toBeNull();
  });
});

describe('MyFeedbackStore', () => {
  const spec = storeSpec(MyFeedbackStore);
  const invitation: FeedbackInvitationView = { id: 'i1', appointmentOn: '2026-12-01', professionalRole: 'GP', professionalOrganisation: 'Hillside Surgery' };

  beforeEach(async () => {
    await spec.answer(spec.sut.load(), '/api/my/appointment-feedback', [invitation, { ...invitation, id: 'i2' }]);
  });

  it('should send her feedback once and take the appointment off the list', async () => {
    const sending = spec.sut.send('i1', { raiseConcerns: 'agree' }, 'key-1');
    const req = spec.backend.expectOne('/api/my/appointment-feedback/i1');
    expect(req.request.body).toEqual({ answers: { raiseConcerns: 'agree' } });
    req.flush({});
    expect((await sending).ok).toBe(true);
    expect(spec.sut.invitations().map((i) => i.id)).toEqual(['i2']);
  });

  it('should keep the appointment when the feedback is refused (400)', async () => {
    await spec.refuse(spec.sut.send('i1', {}), '/api/my/appointment-feedback/i1', 400, ['answers: give at least one']);
    expect(spec.sut.invitations().map((i) => i.id)).toEqual(['i1', 'i2']);
  });
});

describe('YouSaidStore', () => {
  const spec = storeSpec(YouSaidStore);
  const view: YouSaidWeDidView = { organisationName: 'Riverside', consultations: [] };

  it('should read her organisation’s in her portal, and any organisation’s on the public page', async () => {
    await spec.answer(spec.sut.loadMine(), '/api/my/you-said-we-did', view);
    expect(spec.sut.view()?.organisationName).toBe('Riverside');
    await spec.answer(spec.sut.loadOrganisation('o 1'), '/api/public/you-said-we-did/o%201', { ...view, organisationName: 'Harbour' });
    expect(spec.sut.view()?.organisationName).toBe('Harbour');
  });
});
