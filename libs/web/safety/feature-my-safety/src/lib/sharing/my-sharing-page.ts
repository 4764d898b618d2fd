import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MyInformationSharingStore } from '@beside/web/safety/data-access';
import { LondonPipe, Notice, PageHeader } from '@beside/web/ui';
import { LeaveQuickly } from '../shared/leave-quickly';
import { StayingSafeNav } from '../shared/staying-safe-nav';

/** Who her information was shared with: when, with whom, what, with her consent or not, and why. */
@Component({
  selector: 'bs-my-sharing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [MyInformationSharingStore],
  imports: [PageHeader, Notice, LondonPipe, StayingSafeNav, LeaveQuickly],
  template: `
    <bs-staying-safe-nav />
    <bs-page-header heading="Who your information was shared with" />
    <p>When the service shares something about you with another organisation, it is written down here: what was shared, with whom, and why.</p>
    @if (store.problem(); as problem) {
      <bs-notice kind="warning">{{ problem }}</bs-notice>
    }
    @if (store.loaded()) {
      @for (s of store.items(); track s.id) {
        <article class="bs-my-sharing" [attr.aria-labelledby]="'sharing-' + s.id">
          <h2 [id]="'sharing-' + s.id">{{ s.sharedWith }}</h2>
          <dl>
            <div>
              <dt>When</dt>
              <dd>{{ s.sharedOn | london: 'day' }}</dd>
            </div>
            <div>
              <dt>What was shared</dt>
              <dd class="bs-my-sharing__words">{{ s.what }}</dd>
            </div>
            <div>
              <dt>Your consent</dt>
              <dd>{{ s.withConsent ? 'With your consent' : 'Without your consent' }}</dd>
            </div>
            <div>
              <dt>Why</dt>
              <dd class="bs-my-sharing__words">{{ s.why }}</dd>
            </div>
          </dl>
        </article>
      } @empty {
        @if (!store.problem()) {
          <p>Nothing has been shared about you with another organisation. If that ever happens, you will see it here.</p>
        }
      }
      <p>If you have a question about any of this, your advocate is there to talk it through with you.</p>
    } @else {
      <p role="status">Loading…</p>
    }
    <bs-leave-quickly />
  `,
  styles: `
    .bs-my-sharing {
      padding: 1rem;
      margin: 0 0 1.25rem;
      border-radius: 12px;
      background: #faf8fd;
      border: 1px solid #ded6ee;
      overflow-wrap: anywhere;
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    dl {
      margin: 0;
    }
    dl > div {
      padding: 0.375rem 0;
      border-top: 1px solid #ded6ee;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0.125rem 0 0;
    }
    .bs-my-sharing__words {
      white-space: pre-line;
    }
  `,
})
export class MySharingPage implements OnInit {
  protected readonly store = inject(MyInformationSharingStore);

  ngOnInit(): void {
    void this.store.load();
  }
}
