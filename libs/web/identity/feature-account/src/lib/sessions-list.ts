import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { toApiProblem } from '@beside/web/core';
import { AccountStore } from '@beside/web/identity/data-access';
import { LondonPipe, Notice } from '@beside/web/ui';
import { describeDevice } from './describe-device';

@Component({
  selector: 'bs-sessions-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, Notice, LondonPipe],
  template: `
    <section class="bs-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      @if (problem()) {
        <bs-notice kind="warning">{{ problem() }}</bs-notice>
      }
      <ul class="bs-sessions">
        @for (s of store.sessions(); track s.id) {
          <li class="bs-sessions__item">
            <div>
              <p class="bs-sessions__device">
                {{ device(s.userAgent) }}
                @if (s.current) {
                  <strong class="bs-tag">This device</strong>
                }
              </p>
              <p class="bs-secondary-text">
                Signed in {{ s.createdAt | london: 'dateTime' }} · last used {{ s.lastSeenAt | london: 'dateTime' }}
              </p>
            </div>
            @if (!s.current) {
              <button mat-stroked-button type="button" (click)="end(s.id)">
                Sign out<span class="bs-visually-hidden"> of {{ device(s.userAgent) }}, last used {{ s.lastSeenAt | london: 'dateTime' }}</span>
              </button>
            }
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .bs-sessions {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .bs-sessions__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .bs-sessions__item p {
      margin: 0;
    }
    .bs-sessions__device {
      font-weight: 700;
    }
  `,
})
export class SessionsList {
  protected readonly store = inject(AccountStore);
  protected readonly problem = signal<string | null>(null);
  protected readonly device = describeDevice;

  protected async end(id: string): Promise<void> {
    this.problem.set(null);
    try {
      await this.store.endSession(id);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
  }
}
