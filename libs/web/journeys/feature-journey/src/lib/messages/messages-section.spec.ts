import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ConversationView } from '@beside/shared/contracts';
import { UnreadConversationsStore } from '@beside/web/conversations/data-access';
import { MessagesSection } from './messages-section';

const VIEW: ConversationView = { journeyId: 'j1', messages: [], olderCursor: null, unread: 0, canSend: true, alertProblem: null };

describe('MessagesSection', () => {
  let fixture: ComponentFixture<MessagesSection>;
  let backend: HttpTestingController;
  const text = (): string => (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';

  async function open(answer: ConversationView): Promise<void> {
    fixture = TestBed.createComponent(MessagesSection);
    fixture.componentRef.setInput('journeyId', 'j1');
    fixture.detectChanges();
    backend.expectOne('/api/journeys/j1/conversation').flush(answer);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('should say why she will not be told of new messages', async () => {
    await open({ ...VIEW, alertProblem: 'She has not marked email or text as a safe way to contact her.' });
    expect(text()).toContain('She will not be told of new messages: she has not marked email or text as a safe way to contact her.');
  });

  it('should give a manager the conversation to read, with a plain note instead of a box to write in', async () => {
    await open({ ...VIEW, canSend: false });
    expect(text()).toContain('Managers can read these messages; only her advocates write to her.');
    expect(text()).not.toContain('She will not be told');
    expect((fixture.nativeElement as HTMLElement).querySelector('textarea')).toBeNull();
  });

  it('should clear the journey’s unread count once the conversation is read', async () => {
    const unread = TestBed.inject(UnreadConversationsStore);
    unread.byJourney.set({ j1: 2, j2: 1 });
    await open(VIEW);
    expect(unread.count('j1')).toBe(0);
    expect(unread.count('j2')).toBe(1);
  });
});
