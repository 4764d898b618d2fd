import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { ConversationStore, UnreadConversationsStore } from '@beside/web/conversations/data-access';
import { Conversation } from '@beside/web/conversations/feature';
import { Notice } from '@beside/web/ui';

/** The journey's messages between her and her advocates; a manager reads them (audited) but does not write. */
@Component({
  selector: 'bs-messages-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Conversation, Notice],
  providers: [ConversationStore],
  template: `
    @if (alertProblem(); as problem) {
      <bs-notice kind="warning">She will not be told of new messages: {{ problem }}</bs-notice>
    }
    <bs-conversation audience="staff" readOnlyNote="Managers can read these messages; only her advocates write to her." />
  `,
})
export class MessagesSection {
  readonly journeyId = input.required<string>();
  protected readonly store = inject(ConversationStore);
  private readonly unread = inject(UnreadConversationsStore);
  /** The API's sentence after a colon: "She has not…" reads "she has not…" (an initialism such as "SMTP" stays). */
  protected readonly alertProblem = computed(() => {
    const problem = this.store.view()?.alertProblem;
    return problem && /^[A-Z][a-z]/.test(problem) ? problem[0].toLowerCase() + problem.slice(1) : problem;
  });

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(async () => {
        // Reading the newest page marks it read: the tab's count goes with it.
        if (await this.store.load({ audience: 'staff', journeyId: id })) this.unread.markRead(id);
      });
    });
  }
}
