import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MyChallenge, MyLetter } from '@beside/shared/contracts';
import { LondonPipe } from '@beside/web/ui';
import { challengeHeading, deadlineWords, OUTCOME_WORDS, WHO_SPOKE_WORDS } from '../shared/challenge-words';

/** One of her challenges in plain words: what it is about, what she wants, where it is, the next date, what is done and what comes next. */
@Component({
  selector: 'bs-challenge-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LondonPipe],
  template: `
    @let c = challenge();
    <article class="bs-challenge" [attr.aria-labelledby]="'challenge-' + c.id">
      <h2 [id]="'challenge-' + c.id">{{ heading() }}</h2>
      <h3>What you want</h3>
      <p class="bs-challenge__words">{{ c.herWords }}</p>

      @if (c.status === 'open') {
        @if (c.now; as now) {
          <h3>Where it is now</h3>
          <p><strong>{{ now.name }}</strong><span class="bs-secondary-text"> (since {{ now.since | london: 'day' }})</span></p>
          @if (now.description) {
            <p>{{ now.description }}</p>
          }
        }
        @if (deadline(); as d) {
          <div class="bs-challenge__date" [class.bs-challenge__date--missed]="d.missed">
            <h3>Next date</h3>
            <p><strong>By {{ d.when }}.</strong> {{ d.left }}</p>
            @if (d.missed) {
              <p>A missed date does not always mean it is too late. Your advocate will talk with you about what can still be done.</p>
            }
          </div>
        } @else {
          <p class="bs-secondary-text">There is no set date for this stage.</p>
        }
      } @else {
        <div class="bs-challenge__date bs-challenge__date--ended">
          <h3>How it ended</h3>
          <p><strong>{{ c.outcome ? outcomeWords[c.outcome] : 'It has ended' }}</strong></p>
        </div>
      }

      @if (c.stagesDone.length) {
        <details>
          <summary>What has happened ({{ c.stagesDone.length }})</summary>
          <ol class="bs-challenge__stages">
            @for (s of c.stagesDone; track $index) {
              <li>
                <strong>{{ s.name }}</strong>: {{ s.startedOn | london: 'date' }} to {{ s.endedOn | london: 'date' }}
                @if (s.supportLevel) {
                  <br />{{ whoSpoke[s.supportLevel] }}
                }
              </li>
            }
          </ol>
        </details>
      }
      @if (c.stagesAhead.length) {
        <details>
          <summary>What could come next ({{ c.stagesAhead.length }})</summary>
          <ol class="bs-challenge__stages">
            @for (s of c.stagesAhead; track $index) {
              <li>
                <strong>{{ s.name }}</strong>
                @if (s.description) {
                  <br />{{ s.description }}
                }
              </li>
            }
          </ol>
        </details>
      }

      <h3>Letters</h3>
      @for (l of letters(); track l.id) {
        <p class="bs-challenge__letter">
          <a [routerLink]="['/my/challenges/letters', l.id]">{{ l.title }}</a>
          <br />
          <span class="bs-secondary-text">{{ l.status === 'sent' ? 'Sent on ' + (l.sentOn! | london: 'day') : 'Not sent yet: read it and tell us what you think' }}</span>
        </p>
      } @empty {
        <p class="bs-secondary-text">No letters shared with you yet.</p>
      }
    </article>
  `,
  styles: `
    .bs-challenge {
      padding: 1rem;
      margin: 0 0 1.5rem;
      border: 1px solid #ded6ee;
      border-radius: 12px;
      background: #fff;
      overflow-wrap: anywhere;
    }
    h2 {
      margin: 0 0 0.75rem;
      font-size: 1.25rem;
    }
    h3 {
      margin: 1rem 0 0.25rem;
      font-size: 1.0625rem;
    }
    p {
      margin: 0.25rem 0;
    }
    .bs-challenge__words {
      white-space: pre-line;
    }
    .bs-challenge__date {
      margin: 1rem 0;
      padding: 0.75rem 1rem;
      border-left: 6px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
    }
    .bs-challenge__date h3 {
      margin-top: 0;
    }
    .bs-challenge__date--missed {
      border-left-color: #8a5a00;
    }
    .bs-challenge__date--ended {
      border-left-color: #00703c;
    }
    details {
      margin: 0.75rem 0;
    }
    summary {
      cursor: pointer;
      min-height: 44px;
      display: list-item;
      padding-top: 0.5rem;
      font-weight: 700;
      color: var(--mat-sys-primary);
    }
    .bs-challenge__stages {
      padding-left: 1.25rem;
    }
    .bs-challenge__stages li {
      margin: 0 0 0.5rem;
    }
    .bs-challenge__letter {
      margin: 0 0 0.75rem;
    }
  `,
})
export class ChallengeCard {
  readonly challenge = input.required<MyChallenge>();
  readonly letters = input<MyLetter[]>([]);
  protected readonly heading = computed(() => challengeHeading(this.challenge()));
  protected readonly deadline = computed(() => {
    const next = this.challenge().nextDeadline;
    return next ? deadlineWords(next) : null;
  });
  protected readonly outcomeWords = OUTCOME_WORDS;
  protected readonly whoSpoke = WHO_SPOKE_WORDS;
}
