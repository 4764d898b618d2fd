import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ConversationView } from '@beside/shared/contracts';
import { UnreadConversationsStore } from '@beside/web/conversations/data-access';
import { apiSpec, conversationView, pageOf } from '@beside/web/core/testing';
import { MessagesSection } from './messages-section';

const VIEW = conversationView({ messages: [] });

describe('MessagesSection', () => {
  let fixture: ComponentFixture<MessagesSection>;
  const api = apiSpec();
  const { text } = pageOf(() => fixture);

  async function open(answer: ConversationView): Promise<void> {
    fixture = TestBed.createComponent(MessagesSection);
    fixture.componentRef.setInput('journeyId', 'j1');
    fixture.detectChanges();
    api.backend.expectOne('/api/journeys/j1/conversation').flush(answer);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

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
