import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { SharedNote } from '@beside/shared/contracts';
import { MyProposalsStore } from '@beside/web/portal/data-access';
import { ProposalReplies } from '../shared/proposal-replies';
import { ProposeChangeForm } from '../shared/propose-change-form';
import { londonDay } from '@beside/shared/util';

/** A note her advocate shared with her; she can ask for a change to it. */
@Component({
  selector: 'bs-shared-note',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ProposeChangeForm, ProposalReplies],
  template: `
    <article class="bs-note">
      <p class="bs-secondary-text">From {{ note().writtenByName ?? (note().writtenBy === 'her' ? 'you' : 'the service') }}, {{ day(note().createdAt) }}</p>
      <p class="bs-note__body">{{ note().body }}</p>
      @if (note().writtenBy === 'staff') {
        @if (proposing()) {
          <bs-propose-change-form targetType="note" [targetId]="note().id" [fields]="[{ field: 'body', current: note().body }]" (closed)="proposing.set(false)" />
        } @else {
          <button mat-button type="button" (click)="proposing.set(true)">Ask for a change<span class="bs-visually-hidden"> to this note</span></button>
        }
      }
      <bs-proposal-replies [proposals]="proposals()" />
    </article>
  `,
  styles: `
    .bs-note {
      padding: 0.75rem 0;
      border-top: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    .bs-note p {
      margin: 0.25rem 0;
    }
    .bs-note__body {
      white-space: pre-line;
    }
  `,
})
export class SharedNoteItem {
  readonly note = input.required<SharedNote>();
  private readonly proposalsStore = inject(MyProposalsStore);
  protected readonly proposing = signal(false);
  protected readonly proposals = computed(() => this.proposalsStore.proposals().filter((p) => p.targetId === this.note().id));

  protected day(value: string): string {
    return londonDay(value);
  }
}
