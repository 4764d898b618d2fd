import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { FindingView } from '@beside/shared/contracts';
import { StatusTag } from '@beside/web/ui';
import { FINDING_STATUS, VOTE_WORDS, voteCounts } from './finding-words';

/** One finding in a list: its title (to its page), summary, votes and whether she has voted, never how unless named. */
@Component({
  selector: 'bs-finding-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusTag],
  template: `
    @let f = finding();
    <h3 class="bs-finding-item__title">
      <a [routerLink]="['/panel/findings', f.id]">{{ f.title }}</a>
    </h3>
    <p class="bs-finding-item__meta">
      <bs-status-tag [status]="f.status" [scheme]="status" />
      @if (f.priority !== null) {
        <span>Priority {{ f.priority }}</span>
      }
      <span>Votes: {{ counts(f.votes) }}</span>
      @if (f.voted) {
        <span>You have voted</span>
      }
    </p>
    <p>{{ f.summary }}</p>
    @if (f.namedVotes?.length) {
      <p class="bs-secondary-text">Who voted how: {{ named(f) }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 0.5rem 0;
    }
    .bs-finding-item__title {
      margin: 0.5rem 0 0.25rem;
    }
    .bs-finding-item__meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
      margin: 0 0 0.5rem;
    }
  `,
})
export class FindingItem {
  readonly finding = input.required<FindingView>();
  protected readonly status = FINDING_STATUS;
  protected readonly counts = voteCounts;

  protected named(f: FindingView): string {
    return (f.namedVotes ?? []).map((v) => `${v.name} (${VOTE_WORDS[v.vote].toLowerCase()})`).join(', ');
  }
}
