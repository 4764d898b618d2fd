import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MyChallengesStore, MyDocumentsStore } from '@beside/web/challenges/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { MyDocumentsSection } from '../documents/my-documents-section';
import { ChallengeCard } from './challenge-card';

/** Her complaints, reviews and appeals, in plain words, with their letters; and her documents. */
@Component({
  selector: 'bs-my-challenges-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader, Notice, ChallengeCard, MyDocumentsSection],
  template: `
    <bs-page-header heading="Your challenges">
      <p>When you complain about a service, or ask for a decision to be looked at again, your advocate helps you. You can see here where each one is, the next date, and the letters.</p>
    </bs-page-header>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.loaded()) {
      @for (c of store.ordered(); track c.id) {
        <bs-challenge-card [challenge]="c" [letters]="store.lettersFor(c.id)" />
      } @empty {
        @if (!store.problem()) {
          <div class="bs-calm-panel">
            <p>You have no complaints, reviews or appeals with us at the moment.</p>
            <p>If a decision about you feels wrong, or a service has let you down, you can talk to your advocate. She can help you challenge it, and be beside you while you do.</p>
          </div>
        }
      }
    } @else {
      <p role="status" class="bs-loading">Loading your challenges…</p>
    }
    <bs-my-documents-section [challenges]="store.ordered()" />
    <p class="bs-secondary-text">If you need to leave quickly, use “Leave this site” at the top, or press Esc twice.</p>
  `,
  styles: `
    .bs-loading {
      min-height: 50vh;
    }
  `,
})
export class MyChallengesPage implements OnInit {
  protected readonly store = inject(MyChallengesStore);
  private readonly documents = inject(MyDocumentsStore);

  ngOnInit(): void {
    void this.store.load();
    void this.documents.load();
  }
}
