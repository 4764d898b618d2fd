import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { JourneyRetentionView } from '@beside/shared/contracts';
import { RetentionApi } from '@beside/web/data-protection/data-access';
import { LondonPipe } from '@beside/web/ui';

/** "6 years", "18 months", "1 year and 6 months". */
export function periodInWords(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years ? `${years} year${years === 1 ? '' : 's'}` : '';
  const m = rest ? `${rest} month${rest === 1 ? '' : 's'}` : '';
  return [y, m].filter(Boolean).join(' and ');
}

/** How long her record is kept and where its review stands (issue 21): her advocates see it, managers act on it. */
@Component({
  selector: 'bs-record-keeping',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LondonPipe],
  template: `
    @if (state(); as r) {
      <section class="bs-section" aria-labelledby="record-keeping-heading">
        <h2 id="record-keeping-heading">Keeping her record</h2>
        <dl class="bs-summary-list">
          @for (rule of r.rules; track rule.recordType) {
            <div>
              <dt>{{ rule.recordType === 'safeguarding' ? 'Safeguarding records' : 'Her case record' }}</dt>
              <dd>kept {{ period(rule.keepMonths) }} after the journey closes</dd>
            </div>
          }
          <div>
            <dt>Review</dt>
            <dd>
              @if (r.anonymisedAt) {
                Anonymised on {{ r.anonymisedAt | london: 'date' }}
              } @else if (r.dueOn) {
                Due for review on {{ r.dueOn | london: 'date' }}{{ r.approvedForAnonymisation ? '; approved for anonymisation' : '' }}
              } @else {
                Not due while the journey is open
              }
            </dd>
          </div>
          @if (r.keep; as k) {
            <div><dt>Kept longer</dt><dd>until {{ k.keepUntil | london: 'date' }}, because: {{ k.reason }}</dd></div>
          }
          @if (r.hold.held) {
            <div><dt>Legal hold</dt><dd>Held{{ r.hold.since ? ' since ' + (r.hold.since | london: 'date') : '' }}{{ r.hold.reason ? ', because: ' + r.hold.reason : '' }}: nothing of it is reviewed or anonymised while held</dd></div>
          }
        </dl>
      </section>
    }
  `,
})
export class RecordKeeping {
  readonly journeyId = input.required<string>();
  private readonly api = inject(RetentionApi);
  protected readonly state = signal<JourneyRetentionView | null>(null);
  protected readonly period = periodInWords;

  constructor() {
    effect(() => {
      const id = this.journeyId();
      untracked(() => void this.load(id));
    });
  }

  private async load(journeyId: string): Promise<void> {
    try {
      this.state.set(await firstValueFrom(this.api.journey(journeyId)));
    } catch {
      // Not shown when it cannot be read: the rest of her overview stands without it.
      this.state.set(null);
    }
  }
}
