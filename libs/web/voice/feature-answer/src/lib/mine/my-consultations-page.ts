import { ChangeDetectionStrategy, Component, computed, inject, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { londonDay } from '@beside/shared/util';
import { Notice, PageHeader } from '@beside/web/ui';
import { MyConsultationsStore, MyFeedbackStore } from '@beside/web/voice/data-access';
import { anonymityWords } from './anonymity-words';

/** "Have your say": the consultations open to her, the ones she has answered, and feedback waiting after appointments. */
@Component({
  selector: 'bs-my-consultations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyConsultationsStore, MyFeedbackStore],
  imports: [RouterLink, PageHeader, Notice],
  template: `
    <bs-page-header heading="Have your say" />
    <p>We ask women what matters to them. What you say helps decide what we campaign for. Answering is up to you.</p>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (feedback.invitations().length) {
      <div class="bs-calm-panel">
        <h2>Tell us how your appointment went</h2>
        <p>
          {{ feedback.invitations().length === 1 ? 'One appointment' : feedback.invitations().length + ' appointments' }} you went to with an
          advocate {{ feedback.invitations().length === 1 ? 'is' : 'are' }} waiting for your feedback. It takes a minute and is anonymous.
        </p>
        <a routerLink="/my/feedback">Give feedback</a>
      </div>
    }
    <section class="bs-section" aria-labelledby="open-heading">
      <h2 id="open-heading">Open to answer</h2>
      @for (c of store.waiting(); track c.id) {
        <article class="bs-consultation" [attr.aria-labelledby]="'consultation-' + c.id">
          <h3 [id]="'consultation-' + c.id">{{ c.title }}</h3>
          <p class="bs-secondary-text">{{ c.questions.length === 1 ? '1 question' : c.questions.length + ' questions' }}. Open until {{ day(c.closesOn) }}.</p>
          <p>{{ anonymity(c.anonymous) }}</p>
          <a [routerLink]="['/my/consultations', c.id]">Answer<span class="bs-visually-hidden"> “{{ c.title }}”</span></a>
        </article>
      } @empty {
        @if (store.loaded()) {
          <p>There is nothing to answer at the moment. We will show new questions here.</p>
        } @else {
          <p role="status">Loading…</p>
        }
      }
    </section>
    @if (answered().length) {
      <section class="bs-section" aria-labelledby="answered-heading">
        <h2 id="answered-heading">You have answered</h2>
        <ul>
          @for (c of answered(); track c.id) {
            <li>{{ c.title }}</li>
          }
        </ul>
      </section>
    }
    <p><a routerLink="/my/you-said-we-did">See what women said and what we did</a></p>
  `,
  styles: `
    .bs-consultation {
      padding: 0.75rem 0;
      border-top: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    .bs-consultation h3 {
      margin: 0 0 0.25rem;
    }
    .bs-consultation p {
      margin: 0 0 0.5rem;
    }
  `,
})
export class MyConsultationsPage implements OnInit {
  protected readonly store = inject(MyConsultationsStore);
  protected readonly feedback = inject(MyFeedbackStore);
  protected readonly answered = computed(() => this.store.consultations().filter((c) => c.answered));

  ngOnInit(): void {
    void this.store.load();
    void this.feedback.load();
  }

  protected anonymity(anonymous: boolean): string {
    return anonymityWords(anonymous);
  }

  protected day(value: string): string {
    return londonDay(value);
  }
}
