import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { ConversationStore } from '@beside/web/conversations/data-access';
import { Conversation } from '@beside/web/conversations/feature';
import { PageHeader } from '@beside/web/ui';

/** Her messages with her advocate: the safe way to write to each other, instead of texts. */
@Component({
  selector: 'bs-my-messages-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ConversationStore],
  imports: [PageHeader, Conversation],
  template: `
    <bs-page-header heading="Messages" />
    <p>You can write to your advocate here, and read what they write to you. Messages are part of your record: you can see who has looked at them. Times are UK time.</p>
    <bs-conversation audience="her" />
  `,
})
export class MyMessagesPage implements OnInit {
  private readonly store = inject(ConversationStore);

  ngOnInit(): void {
    void this.store.load({ audience: 'her' });
  }
}
