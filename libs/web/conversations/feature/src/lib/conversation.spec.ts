import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ConversationMessageView, ConversationView } from '@beside/shared/contracts';
import { ConversationStore } from '@beside/web/conversations/data-access';
import { apiSpec, conversationMessage, conversationView, pageOf } from '@beside/web/core/testing';
import { Conversation, readFromWords } from './conversation';
import { authorLabel } from './conversation-message';

function message(overrides: Partial<ConversationMessageView> = {}): ConversationMessageView {
  return conversationMessage({ authorName: 'Asha Patel', body: 'Hello, how are you?', ...overrides });
}

function view(overrides: Partial<ConversationView> = {}): ConversationView {
  return conversationView({ messages: [message()], ...overrides });
}

describe('Conversation', () => {
  let fixture: ComponentFixture<Conversation>;
  let store: ConversationStore;
  const api = apiSpec(ConversationStore);
  const page = pageOf(() => fixture);
  const { el, text } = page;
  const button = (label: RegExp): HTMLButtonElement | undefined =>
    [...el().querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(b.textContent ?? ''));

  async function render(audience: 'staff' | 'her', answer: ConversationView, readOnlyNote?: string): Promise<void> {
    await api.answer(store.load(audience === 'staff' ? { audience, journeyId: 'j1' } : { audience }), (r) => r.url.endsWith('conversation'), answer);
    fixture = TestBed.createComponent(Conversation);
    fixture.componentRef.setInput('audience', audience);
    if (readOnlyNote) fixture.componentRef.setInput('readOnlyNote', readOnlyNote);
    document.body.appendChild(el());
    await fixture.whenStable();
  }

  // The answer reaches the page through a few promises (the store, then the form): let them run.
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function type(id: string, value: string): Promise<void> {
    page.type(`#${id}`, value);
    await fixture.whenStable();
  }

  async function send(): Promise<void> {
    button(/Send message/)?.click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    store = TestBed.inject(ConversationStore);
  });

  afterEach(() => el()?.remove());

  it('should list the messages in a labelled log, oldest first, with who wrote and when in London time', async () => {
    await render('her', view({ messages: [message(), message({ id: 'm2', mine: true, authorRole: 'service_user', authorName: 'Nia', body: 'Fine' })] }));
    const log = el().querySelector('[role=log]');
    expect(log?.getAttribute('aria-labelledby')).toBe('conversation-heading');
    const items = [...el().querySelectorAll('bs-conversation-message')];
    expect(items.map((i) => i.querySelector('.bs-msg__who')?.textContent)).toEqual(['Asha Patel (your advocate)', 'You']);
    expect(items[1].classList).toContain('bs-msg--mine');
    expect(items[0].querySelector('time')?.textContent).toBe('Mon, 2 Mar 2026, 10:00');
  });

  it('should name her for staff and say "You" for the reader’s own message', () => {
    expect(authorLabel(message({ authorRole: 'service_user', authorName: 'Nia' }), 'staff')).toBe('Nia (her)');
    expect(authorLabel(message(), 'staff')).toBe('Asha Patel (advocate)');
    expect(authorLabel(message({ mine: true }), 'staff')).toBe('You');
  });

  it('should mark as New the messages from others that were unread when it opened', async () => {
    await render('her', view({ unread: 1, messages: [message({ id: 'm0' }), message({ id: 'm1' }), message({ id: 'm2', mine: true })] }));
    const items = [...el().querySelectorAll('bs-conversation-message')];
    expect(items.map((i) => !!i.querySelector('.bs-msg__new'))).toEqual([false, true, false]);
  });

  it('should mark a changed message and keep its earlier words behind a disclosure', async () => {
    await render('staff', view({ messages: [message({ editedAt: '2026-03-02T10:02:00Z', earlierVersions: [{ body: 'Helo', replacedAt: '2026-03-02T10:02:00Z' }] })] }));
    expect(el().querySelector('.bs-msg__changed')?.textContent).toBe('Changed');
    const details = el().querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('What it said before');
    expect(details?.textContent).toContain('Helo');
  });

  it('should show earlier messages on request', async () => {
    await render('staff', view({ olderCursor: 'c1' }));
    button(/Show earlier messages/)?.click();
    api.backend.expectOne((r) => r.params.get('cursor') === 'c1').flush(view({ messages: [message({ id: 'm0', body: 'First' })] }));
    await settle();
    expect([...el().querySelectorAll('.bs-msg__body')].map((b) => b.textContent)).toEqual(['First', 'Hello, how are you?']);
    expect(button(/Show earlier messages/)).toBeUndefined();
    expect(document.activeElement?.id).toBe('conversation-heading');
  });

  it('should say what is missing and send nothing for an empty message', async () => {
    await render('her', view());
    await type('conversation-body', '   ');
    await send();
    expect(el().querySelector('bs-error-summary')?.textContent).toContain('Write your message');
  });

  it('should send once with an Idempotency-Key however often she clicks, then empty the box and put her back in it', async () => {
    await render('staff', view());
    await type('conversation-body', ' See you on Tuesday ');
    button(/Send message/)?.click();
    button(/Send message/)?.click();
    const req = api.backend.expectOne({ method: 'POST', url: '/api/journeys/j1/conversation' });
    expect(req.request.body).toEqual({ body: 'See you on Tuesday' });
    expect(req.request.headers.get('Idempotency-Key')).toBeTruthy();
    req.flush(message({ id: 'm2', mine: true, body: 'See you on Tuesday' }));
    await settle();
    const box = el().querySelector<HTMLTextAreaElement>('#conversation-body');
    expect(box?.value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(el().querySelectorAll('bs-conversation-message')).toHaveLength(2);
    expect(el().querySelector('[role=status]')?.textContent).toContain('Your message has been sent.');
    // Leaving the empty box is not a mistake.
    box?.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(el().querySelector('mat-error')).toBeNull();
  });

  it('should tell her when it will be read if she wrote while the service is closed, and always what to do in danger', async () => {
    await render('her', view());
    expect(text()).toContain('This is not for emergencies. If you are in danger, call 999.');
    expect(el().querySelector('.bs-conversation__danger a')?.getAttribute('href')).toBe('tel:999');
    await type('conversation-body', 'Are you there?');
    await send();
    api.backend
      .expectOne({ method: 'POST', url: '/api/my/conversation' })
      .flush({ message: message({ id: 'm2', mine: true, authorRole: 'service_user' }), outsideOpeningHours: { readFrom: '2026-03-09T09:00:00Z' } });
    await settle();
    expect(text()).toMatch(/Thank you\. We are closed now: we will read this from Monday,? 9 March 2026 at 9:00 am\. If you are in danger now, call 999\./);
  });

  it('should let a manager read without a box to write in', async () => {
    await render('staff', view({ canSend: false }), 'Managers can read these messages; only her advocates write to her.');
    expect(el().querySelector('#conversation-body')).toBeNull();
    expect(text()).toContain('Managers can read these messages; only her advocates write to her.');
  });

  it('should offer Change only on one’s own message within its five minutes, and show a 409 beside it', async () => {
    const soon = new Date(Date.now() + 4 * 60_000).toISOString();
    await render('her', view({ messages: [message(), message({ id: 'm2', mine: true, authorRole: 'service_user', editableUntil: soon })] }));
    const changes = el().querySelectorAll('.bs-msg__change');
    expect(changes).toHaveLength(1);
    (changes[0] as HTMLButtonElement).click();
    await fixture.whenStable();
    await type('message-edit-m2', 'Sorry, Wednesday');
    button(/Save the change/)?.click();
    const req = api.backend.expectOne({ method: 'PATCH', url: '/api/my/conversation-messages/m2' });
    expect(req.request.body).toEqual({ body: 'Sorry, Wednesday', version: 1 });
    req.flush({ message: 'A message can be changed only in the first 5 minutes after it was sent.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(el().querySelector('bs-conversation-message .bs-inline-error')?.textContent).toContain('only in the first 5 minutes');
  });

  it('should not offer Change once the five minutes are over', async () => {
    await render('her', view({ messages: [message({ mine: true, editableUntil: '2020-01-01T00:00:00Z' })] }));
    expect(el().querySelector('.bs-msg__change')).toBeNull();
  });

  it('should say a day and time in London', () => {
    expect(readFromWords('2026-07-06T08:00:00Z')).toMatch(/^Monday,? 6 July 2026 at 9:00\u00a0am$/);
  });
});
