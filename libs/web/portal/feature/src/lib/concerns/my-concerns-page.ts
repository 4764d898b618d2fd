import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild, type OnInit } from '@angular/core';
import type { MyConcern } from '@beside/shared/contracts';
import { MyConcernsStore } from '@beside/web/portal/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { CONCERN_CHOICES, RaiseConcernForm } from './raise-concern-form';
import { londonDay } from '@beside/shared/util';

const STATUS_WORDS: Record<MyConcern['statusForHer'], string> = { sent: 'Sent', 'being looked at': 'Being looked at', closed: 'Closed' };

/** Raise a concern in a short form; see each one's reference, status and what she is told. */
@Component({
  selector: 'bs-my-concerns-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyConcernsStore],
  imports: [PageHeader, Notice, RaiseConcernForm],
  template: `
    <bs-page-header heading="Concerns" />
    <bs-notice>If you are in danger now, call 999.</bs-notice>
    <p>You can tell us if something is worrying you. It can be about your safety or about our service. We will look at it and tell you what we did.</p>
    @if (justRaised(); as c) {
      <div class="bs-calm-panel" role="status" tabindex="-1" #confirmation>
        <h2>Thank you. We have your concern.</h2>
        <p>Your reference is <strong class="bs-ref">{{ c.reference }}</strong>.</p>
        <p>Someone will look at it soon. You can see what is happening below.</p>
      </div>
    }
    <section class="bs-section bs-calm-panel" aria-labelledby="raise-heading">
      <h2 id="raise-heading">Tell us about a concern</h2>
      <bs-raise-concern-form (raised)="onRaised($event)" />
    </section>
    <section class="bs-section" aria-labelledby="my-concerns-heading">
      <h2 id="my-concerns-heading">Concerns you raised</h2>
      @if (store.problem(); as problem) {
        <bs-notice kind="warning">{{ problem }}</bs-notice>
      }
      @for (c of store.concerns(); track c.id) {
        <article class="bs-concern" [attr.aria-labelledby]="'concern-' + c.id">
          <h3 [id]="'concern-' + c.id">Reference {{ c.reference }}</h3>
          <p>Status: <span class="bs-tag">{{ statusWords[c.statusForHer] }}</span></p>
          <p class="bs-secondary-text">You sent it on {{ day(c.raisedAt) }}.</p>
          <p class="bs-secondary-text">{{ choiceWords(c) }}</p>
          <p class="bs-concern__words">{{ c.description }}</p>
          @if (c.hideFromAdvocate) {
            <p class="bs-secondary-text">Your advocate was not told this came from you.</p>
          }
          @if (c.outcome) {
            <p><strong>What we did:</strong> {{ c.outcome }}</p>
          }
        </article>
      } @empty {
        @if (store.loaded()) {
          <p>You have not raised any concerns.</p>
        }
      }
    </section>
  `,
  styles: `
    .bs-concern {
      padding: 0.75rem 0;
      border-top: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    .bs-concern h3 {
      margin: 0;
      font-size: 1.1rem;
    }
    .bs-concern p {
      margin: 0.25rem 0;
    }
    .bs-concern__words {
      white-space: pre-line;
    }
    .bs-ref {
      font-size: 1.25rem;
      letter-spacing: 0.05em;
      white-space: nowrap;
    }
  `,
})
export class MyConcernsPage implements OnInit {
  protected readonly store = inject(MyConcernsStore);
  protected readonly statusWords = STATUS_WORDS;
  protected readonly justRaised = signal<MyConcern | null>(null);
  private readonly confirmation = viewChild<ElementRef<HTMLElement>>('confirmation');

  ngOnInit(): void {
    void this.store.load();
  }

  protected onRaised(concern: MyConcern): void {
    this.justRaised.set(concern);
    setTimeout(() => this.confirmation()?.nativeElement.focus());
  }

  protected choiceWords(c: MyConcern): string {
    return CONCERN_CHOICES.find((x) => x.value === c.category)?.words ?? 'Something else';
  }

  protected day(value: string): string {
    return londonDay(value);
  }
}
