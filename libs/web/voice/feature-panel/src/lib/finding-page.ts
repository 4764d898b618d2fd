import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FlashNotice, SessionStore } from '@beside/web/core';
import { FindingsStore } from '@beside/web/voice/data-access';
import { LondonPipe, Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { DecisionSection } from './decision-section';
import { EvidenceList } from './evidence-list';
import { FINDING_STATUS, VOTE_WORDS, voteCounts, VOTING_WORDS } from './finding-words';
import { VoteForm } from './vote-form';

/** One finding: what it says, the evidence it rests on, the panel's votes, and its decision. */
@Component({
  selector: 'bs-finding-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LondonPipe, Notice, PageHeader, StatusTag, DecisionSection, EvidenceList, VoteForm],
  providers: [FindingsStore],
  template: `
    <p class="bs-back"><a routerLink="/panel">All findings</a></p>
    @if (store.current(); as f) {
      <bs-page-header [heading]="f.title" caption="Finding">
        <p class="bs-finding-meta">
          <bs-status-tag [status]="f.status" [scheme]="status" />
          @if (f.priority !== null) {
            <span>Priority {{ f.priority }}</span>
          }
          <span>Proposed by {{ f.proposedBy }} on {{ f.proposedAt | london: 'date' }}</span>
        </p>
      </bs-page-header>
      @if (flash(); as message) {
        <bs-notice kind="success">{{ message }}</bs-notice>
      }
      <p class="bs-finding-summary">{{ f.summary }}</p>

      <section class="bs-section" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        <bs-evidence-list [evidence]="f.evidence" />
      </section>

      <section class="bs-section" aria-labelledby="votes-heading">
        <h2 id="votes-heading">Votes</h2>
        <p><strong>{{ counts(f.votes) }}</strong></p>
        <p class="bs-secondary-text">{{ f.namedVotes ? voting.named : voting.countsOnly }}</p>
        @if (f.namedVotes?.length) {
          <ul>
            @for (v of f.namedVotes; track v.name) {
              <li>{{ v.name }}: {{ voteWords[v.vote].toLowerCase() }}</li>
            }
          </ul>
        }
        @if (f.voted) {
          <p role="status">You have voted.</p>
        } @else if (f.status === 'proposed' && session.can('panel:take-part')) {
          <bs-vote-form />
        } @else if (f.status === 'proposed') {
          <p>Only panel members vote.</p>
        }
      </section>

      <section class="bs-section" aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decision</h2>
        @if (f.decidedAt) {
          <p>
            {{ f.status === 'approved' ? 'Approved as a priority' : 'Set aside' }} on {{ f.decidedAt | london: 'date' }}, with
            {{ counts(f.votes) }}.
          </p>
        } @else if (session.can('panel:take-part')) {
          <bs-decision-section />
        } @else {
          <p>The panel has not decided yet. Only panel members decide.</p>
        }
      </section>
    } @else if (store.problem(); as problem) {
      <bs-page-header heading="Finding" />
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    } @else {
      <p role="status">Loading the finding…</p>
    }
  `,
  styles: `
    .bs-back {
      margin: 0 0 1rem;
    }
    .bs-finding-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0;
    }
    .bs-finding-summary {
      font-size: 1.125rem;
      max-width: 40rem;
    }
  `,
})
export class FindingPage {
  readonly findingId = input.required<string>();
  protected readonly store = inject(FindingsStore);
  protected readonly session = inject(SessionStore);
  protected readonly flash = signal(inject(FlashNotice).take());
  protected readonly status = FINDING_STATUS;
  protected readonly counts = voteCounts;
  protected readonly voting = VOTING_WORDS;
  protected readonly voteWords = VOTE_WORDS;

  constructor() {
    effect(() => {
      const id = this.findingId();
      untracked(() => void this.store.load(id));
    });
  }
}
