import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ConcernStatus } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { ConcernStore } from '@beside/web/safeguarding/data-access';
import { CONCERN_WORDS, howLate } from '@beside/web/safeguarding/ui';
import { ErrorSummary, LondonPipe, Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { ConcernActions } from './concern-actions';
import { TransitionForm } from './transition-form';

/** One concern: what was raised, by whom, what has been done, and moving it on. */
@Component({
  selector: 'bs-concern-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorSummary, RouterLink, Notice, PageHeader, StatusTag, TransitionForm, ConcernActions, LondonPipe],
  providers: [ConcernStore],
  templateUrl: './concern-page.html',
  styleUrl: './concern-page.scss',
})
export class ConcernPage {
  readonly concernId = input.required<string>();
  protected readonly store = inject(ConcernStore);
  protected readonly session = inject(SessionStore);
  protected readonly words = CONCERN_WORDS;
  protected readonly late = howLate;
  protected readonly canTriage = computed(() => this.session.can('concern:triage'));
  protected readonly events = computed(() => [...(this.store.concern()?.events ?? [])].reverse());
  protected readonly closedNow = signal(false);
  private readonly closedNotice = viewChild<ElementRef<HTMLElement>>('closedNotice');

  constructor() {
    effect(() => {
      const id = this.concernId();
      untracked(() => {
        this.closedNow.set(false);
        void this.store.load(id);
      });
    });
  }

  // Closing removes the form that had focus: say it is done where focus lands.
  protected onMoved(status: ConcernStatus): void {
    if (status !== 'closed') return;
    this.closedNow.set(true);
    setTimeout(() => this.closedNotice()?.nativeElement.focus());
  }
}
