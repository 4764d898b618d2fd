import { Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ConsultationAnswer, ConsultationQuestionView } from '@beside/shared/contracts';
import { pageOf } from '@beside/web/core/testing';
import { KeptAnswers } from '@beside/web/voice/data-access';
import { AnswerFlow, type AnswerableConsultation, type SendOutcome } from './answer-flow';

const QUESTIONS: ConsultationQuestionView[] = [
  {
    id: 'q1',
    position: 1,
    kind: 'single',
    words: 'What matters most?',
    easyRead: 'What is most important to you?',
    secondLanguageWords: 'Beth sydd bwysicaf?',
    choices: [
      { key: 'housing', words: 'Housing', easyRead: null, secondLanguageWords: 'Tai' },
      { key: 'health', words: 'Health', easyRead: null, secondLanguageWords: 'Iechyd' },
    ],
    required: true,
    textLimit: null,
  },
  { id: 'q2', position: 2, kind: 'scale', words: 'How safe do you feel?', easyRead: null, secondLanguageWords: null, choices: [], required: true, textLimit: null },
  { id: 'q3', position: 3, kind: 'text', words: 'Anything else?', easyRead: null, secondLanguageWords: null, choices: [], required: false, textLimit: 200 },
];

const CONSULTATION: AnswerableConsultation = { title: 'Waiting times', privacyNotice: 'We keep no names.', closesOn: '2099-01-31', secondLanguage: 'cy', questions: QUESTIONS };

@Component({
  imports: [AnswerFlow],
  template: `<bs-answer-flow [consultation]="consultation" keptKey="c1" [send]="send" />`,
})
class Host {
  readonly consultation = CONSULTATION;
  readonly outcome = signal<SendOutcome>({ ok: true });
  sentAnswers: ConsultationAnswer[] | null = null;
  readonly send = async (answers: ConsultationAnswer[]): Promise<SendOutcome> => {
    this.sentAnswers = answers;
    return this.outcome();
  };
}

describe('AnswerFlow', () => {
  let fixture: ComponentFixture<Host>;
  const page = pageOf(() => fixture);
  const { el, text, button } = page;
  const kept = (): KeptAnswers => TestBed.inject(KeptAnswers);

  function open(): void {
    fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    fixture.detectChanges();
  }
  async function press(name: string): Promise<void> {
    const b = button(name);
    if (!b) throw new Error(`no button ${name} in: ${text()}`);
    b.click();
    await page.settle();
  }
  async function pick(id: string): Promise<void> {
    const input = el().querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no input ${id}`);
    input.click();
    await page.settle();
  }

  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => fixture.nativeElement.remove());

  it('should show the privacy notice first, then one question a screen with how far she has got, focused on its heading', async () => {
    open();
    await page.settle();
    expect(text()).toContain('We keep no names.');
    expect(text()).toContain('There are 3 questions');
    expect(el().querySelector('fieldset')).toBeNull();
    await press('Start');
    const heading = el().querySelector('legend h2');
    expect(heading?.textContent).toContain('Question 1 of 3');
    expect(heading?.textContent).toContain('What matters most?');
    expect(document.activeElement).toBe(heading);
    expect(el().querySelectorAll('input[type=radio]')).toHaveLength(2);
  });

  it('should stop at a required question with an error linked to its field, and go on once answered', async () => {
    open();
    await press('Start');
    await press('Next');
    const link = el().querySelector<HTMLAnchorElement>('.bs-error-summary a');
    expect(link?.textContent).toContain('Choose an answer');
    expect(link?.getAttribute('href')).toBe('#answer-q1-housing');
    expect(el().querySelector('fieldset')?.getAttribute('aria-describedby')).toContain('question-error');
    await pick('answer-q1-health');
    expect(el().querySelector('.bs-error-summary')).toBeNull();
    await press('Next');
    expect(el().querySelector('legend h2')?.textContent).toContain('Question 2 of 3');
    expect(el().querySelectorAll('input[type=radio]')).toHaveLength(11);
  });

  it('should keep her answers in this browser as she goes, and bring them back when she returns', async () => {
    open();
    await press('Start');
    await pick('answer-q1-housing');
    expect(kept().read('c1')).toEqual({ q1: { chosen: ['housing'] } });
    fixture.destroy();
    open();
    await page.settle();
    expect(text()).toContain('We kept the answers you gave before');
    await press('Carry on');
    expect(el().querySelector<HTMLInputElement>('#answer-q1-housing')?.checked).toBe(true);
  });

  it('should show the easy-read and second-language words when she asks', async () => {
    open();
    await press('Start');
    await press('Easy read');
    expect(el().querySelector('legend h2')?.textContent).toContain('What is most important to you?');
    await press('Welsh (Cymraeg)');
    const words = el().querySelector('.bs-question__words');
    expect(words?.textContent).toBe('Beth sydd bwysicaf?');
    expect(words?.getAttribute('lang')).toBe('cy');
    expect(text()).toContain('Iechyd');
  });

  it('should let her check and change her answers, then send them and forget them here', async () => {
    open();
    await press('Start');
    await pick('answer-q1-housing');
    await press('Next');
    await pick('answer-q2-7');
    await press('Next');
    page.type('#answer-q3', ' Kinder staff ');
    await page.settle();
    await press('Check your answers');
    expect(text()).toContain('Housing');
    expect(text()).toContain('7 out of 10');
    expect(text()).toContain('Kinder staff');
    const change = [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('your answer to question 2'));
    change?.click();
    await page.settle();
    await pick('answer-q2-3');
    await press('Check your answers');
    expect(text()).toContain('3 out of 10');
    await press('Send your answers');
    await page.settle();
    const host = fixture.componentInstance;
    expect(host.sentAnswers).toEqual([
      { questionId: 'q1', chosen: ['housing'] },
      { questionId: 'q2', scale: 3 },
      { questionId: 'q3', text: 'Kinder staff' },
    ]);
    expect(text()).toContain('Thank you');
    expect(kept().read('c1')).toBeNull();
  });

  it('should say in plain words why answers were not taken, and keep them when sending again could work', async () => {
    open();
    fixture.componentInstance.outcome.set({ ok: false, messages: ['Try again'], final: false });
    await press('Start');
    await pick('answer-q1-housing');
    await press('Next');
    await pick('answer-q2-5');
    await press('Next');
    await press('Check your answers');
    await press('Send your answers');
    await page.settle();
    expect(text()).toContain('Try again');
    expect(button('Send your answers')).toBeDefined();
    expect(kept().read('c1')).not.toBeNull();
    fixture.componentInstance.outcome.set({ ok: false, messages: ['You have already answered this consultation. Thank you.'], final: true });
    await press('Send your answers');
    await page.settle();
    expect(text()).toContain('Your answers were not sent');
    expect(text()).toContain('already answered');
    expect(kept().read('c1')).toBeNull();
  });
});
