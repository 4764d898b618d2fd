import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CampaignStatus, ConsultationCount, YouSaidWeDidView } from '@beside/shared/contracts';
import { londonDay } from '@beside/shared/util';
import { StatusTag, statusScheme } from '@beside/web/ui';

type Consultation = YouSaidWeDidView['consultations'][number];

const CAMPAIGN_STATUS = statusScheme<CampaignStatus>(
  { active: 'Under way', achieved: 'Achieved', closed: 'Ended' },
  { active: 'blue', achieved: 'green', closed: 'grey' },
);

/** How many answered, in words: a hidden count ("<5", or one that would give another away) is never a number. */
export function responsesWords(responses: ConsultationCount): string {
  if (typeof responses === 'number') return responses === 1 ? '1 woman answered.' : `${responses} women answered.`;
  return 'Fewer than 5 women answered, so only what is safe to show is here.';
}

/**
 * "You said, we did" for one organisation: each closed consultation, what women said (counts of 5 or more, reviewed
 * quotes), the findings the panel chose in its order of priority, and what each campaign has done. The same in her
 * portal and on the public page: nothing in it names anyone.
 */
@Component({
  selector: 'bs-you-said-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusTag],
  template: `
    @for (c of consultations(); track c.id) {
      <section class="bs-section bs-yswd" [attr.aria-labelledby]="'yswd-' + c.id">
        <h2 [id]="'yswd-' + c.id">{{ c.title }}</h2>
        <p class="bs-secondary-text">Closed on {{ day(c.closedOn) }}. {{ responses(c.responses) }}</p>

        <h3>You said</h3>
        @for (s of c.said; track $index) {
          <h4 class="bs-yswd__question">{{ s.question }}</h4>
          <ul class="bs-yswd__bars">
            @for (h of s.highlights; track $index) {
              <li>
                <span class="bs-yswd__words">{{ h.words }}<span class="bs-visually-hidden">: </span></span>
                <span class="bs-yswd__bar" aria-hidden="true"><span [style.width.%]="share(c, s.highlights, h.count)"></span></span>
                <span class="bs-yswd__count">{{ countWords(c, h.count) }}</span>
              </li>
            }
          </ul>
        } @empty {
          <p>No answer was given by 5 or more women, so no figures are shown.</p>
        }
        @if (c.quotes.length) {
          <h4>In women’s own words</h4>
          @for (q of c.quotes; track $index) {
            <blockquote class="bs-yswd__quote">“{{ q }}”</blockquote>
          }
        }

        <h3>We did</h3>
        @for (f of byPriority(c); track f.id) {
          <article class="bs-yswd__finding" [attr.aria-labelledby]="'finding-' + f.id">
            <h4 [id]="'finding-' + f.id">
              @if (f.priority !== null) {
                <span class="bs-yswd__priority">Priority {{ f.priority }}:</span>
              }
              {{ f.title }}
            </h4>
            <p class="bs-yswd__text">{{ f.summary }}</p>
            @for (camp of f.campaigns; track camp.id) {
              <div class="bs-yswd__campaign">
                <h5>Campaign: {{ camp.title }} <bs-status-tag [scheme]="campaignStatus" [status]="camp.status" /></h5>
                @if (camp.asks.length) {
                  <p class="bs-yswd__label">What we are asking for</p>
                  <ul>
                    @for (a of camp.asks; track $index) {
                      <li>{{ a }}</li>
                    }
                  </ul>
                }
                <p class="bs-yswd__label">What we have done</p>
                @if (camp.done.length) {
                  <ul>
                    @for (d of camp.done; track $index) {
                      <li>{{ day(d.on) }}: {{ d.what }}</li>
                    }
                  </ul>
                } @else {
                  <p>We have just started.</p>
                }
                @if (camp.outcomes.length) {
                  <p class="bs-yswd__label">What has changed</p>
                  <ul>
                    @for (o of camp.outcomes; track $index) {
                      <li>{{ day(o.on) }}: {{ o.what }} <span class="bs-secondary-text">(shown by: {{ o.evidence }})</span></li>
                    }
                  </ul>
                }
              </div>
            } @empty {
              <p>The panel chose this. A campaign on it has not started yet.</p>
            }
          </article>
        } @empty {
          <p>The lived-experience panel has not chosen what to act on yet.</p>
        }
      </section>
    } @empty {
      <p>Nothing to show yet. When a consultation closes, what women said and what we did about it will be shown here.</p>
    }
  `,
  styles: `
    .bs-yswd {
      overflow-wrap: anywhere;
    }
    .bs-yswd h2 {
      padding-top: 1rem;
      border-top: 2px solid #ded6ee;
    }
    .bs-yswd__question {
      margin: 1rem 0 0.5rem;
      font-size: 1.0625rem;
    }
    .bs-yswd__bars {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bs-yswd__bars li {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.25rem 0.75rem;
      padding: 0.375rem 0;
    }
    .bs-yswd__bar {
      grid-column: 1;
      height: 0.75rem;
      border-radius: 4px;
      background: #ede8f6;
    }
    .bs-yswd__bar span {
      display: block;
      height: 100%;
      border-radius: 4px;
      background: var(--mat-sys-primary);
    }
    .bs-yswd__count {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
      font-weight: 700;
      white-space: nowrap;
    }
    .bs-yswd__quote {
      margin: 0 0 1rem;
      padding: 0.5rem 0 0.5rem 1rem;
      border-left: 4px solid var(--mat-sys-primary);
      font-size: 1.0625rem;
    }
    .bs-yswd__finding {
      padding: 0.5rem 0 1rem;
    }
    .bs-yswd__text {
      white-space: pre-line;
    }
    .bs-yswd__campaign {
      padding: 0.75rem 1rem;
      margin: 0.5rem 0;
      border-radius: 8px;
      background: #f3effa;
    }
    .bs-yswd__campaign h5 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    .bs-yswd__label {
      font-weight: 700;
      margin: 0.5rem 0 0.25rem;
    }
    .bs-yswd__campaign ul {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
})
export class YouSaidView {
  readonly view = input.required<YouSaidWeDidView>();
  protected readonly campaignStatus = CAMPAIGN_STATUS;
  protected readonly consultations = computed(() => this.view().consultations);

  protected byPriority(c: Consultation): Consultation['findings'] {
    return [...c.findings].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
  }

  /** A bar's length: against all who answered when that is known, else against the largest answer. */
  protected share(c: Consultation, highlights: { count: number }[], count: number): number {
    const whole = typeof c.responses === 'number' ? c.responses : Math.max(...highlights.map((h) => h.count));
    return whole > 0 ? Math.min(100, (count / whole) * 100) : 0;
  }

  protected countWords(c: Consultation, count: number): string {
    return typeof c.responses === 'number' ? `${count} of ${c.responses}` : `${count}`;
  }

  protected responses(responses: ConsultationCount): string {
    return responsesWords(responses);
  }

  protected day(value: string): string {
    return londonDay(value);
  }
}
