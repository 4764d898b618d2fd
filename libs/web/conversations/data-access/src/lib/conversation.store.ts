import { computed, inject, Injectable, signal } from '@angular/core';
import type { ConversationMessageView, ConversationView, SentConversationMessage } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { ConversationsApi, type ConversationTarget } from './conversations-api';

/** One conversation, oldest message first, for staff (by journey) or for her (in her portal). */
@Injectable()
export class ConversationStore {
  private readonly api = inject(ConversationsApi);
  private target: ConversationTarget | null = null;
  readonly view = signal<ConversationView | null>(null);
  readonly problem = signal<string | null>(null);
  /** Loading earlier messages fails on its own line, leaving what is shown as it is. */
  readonly olderProblem = signal<string | null>(null);
  readonly loadingOlder = signal(false);
  /** After she sends while the service is closed: when someone will next read it. */
  readonly readFrom = signal<string | null>(null);
  readonly messages = computed(() => this.view()?.messages ?? []);
  readonly hasOlder = computed(() => !!this.view()?.olderCursor);
  readonly canSend = computed(() => this.view()?.canSend ?? false);

  async load(target: ConversationTarget): Promise<boolean> {
    this.target = target;
    this.readFrom.set(null);
    this.olderProblem.set(null);
    return readInto(this.api.conversation(target, null), (view) => this.view.set(view), this.problem);
  }

  async loadOlder(): Promise<void> {
    const cursor = this.view()?.olderCursor;
    if (!this.target || !cursor || this.loadingOlder()) return;
    this.loadingOlder.set(true);
    try {
      await readInto(
        this.api.conversation(this.target, cursor),
        (page) => this.view.update((view) => (view ? { ...view, messages: [...page.messages, ...view.messages], olderCursor: page.olderCursor } : view)),
        this.olderProblem,
      );
    } finally {
      this.loadingOlder.set(false);
    }
  }

  async send(body: string, idempotencyKey?: string): Promise<WriteResult<SentConversationMessage>> {
    if (!this.target) throw new Error('Load the conversation before sending');
    const result = await attemptWrite<SentConversationMessage>(this.api.send(this.target, body, idempotencyKey));
    if (result.ok) {
      const sent = result.value;
      this.view.update((view) => (view && !view.messages.some((m) => m.id === sent.message.id) ? { ...view, messages: [...view.messages, sent.message] } : view));
      this.readFrom.set(sent.outsideOpeningHours?.readFrom ?? null);
    }
    return result;
  }

  async edit(message: ConversationMessageView, body: string, version = message.version): Promise<WriteResult<ConversationMessageView>> {
    if (!this.target) throw new Error('Load the conversation before changing a message');
    const result = await attemptWrite<ConversationMessageView>(this.api.edit(this.target, message.id, { body, version }));
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.replace(fresh);
    return result;
  }

  /** Puts a message as it is now in place of the one shown. */
  replace(fresh: ConversationMessageView): void {
    this.view.update((view) => (view ? { ...view, messages: view.messages.map((m) => (m.id === fresh.id ? fresh : m)) } : view));
  }
}
