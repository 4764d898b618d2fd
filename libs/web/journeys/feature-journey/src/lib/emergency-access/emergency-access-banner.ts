import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BREAK_GLASS_REASON_LABELS, type EmergencyAccess } from '@beside/shared/contracts';
import { formatLondonTime, sameLondonDay } from '@beside/shared/util';
import { Notice } from '@beside/web/ui';

/** On a journey opened by breaking the glass: until when, that managers know, and whether she may change it. */
@Component({
  selector: 'bs-emergency-access-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Notice],
  template: `
    @if (access(); as a) {
      <bs-notice kind="warning" class="bs-emergency-banner">
        <p>
          <strong>Emergency access until {{ until() }}.</strong>
          This journey is not in your caseload. Managers have been told you opened it ({{ reason() }}).
        </p>
        @if (!a.allowsWrite) {
          <p>You can read it but not change it.</p>
        }
      </bs-notice>
    }
  `,
  styles: `
    .bs-emergency-banner p {
      margin: 0.25rem 0;
    }
  `,
})
export class EmergencyAccessBanner {
  readonly access = input<EmergencyAccess | null | undefined>(null);

  protected readonly until = computed(() => {
    const a = this.access();
    return a ? emergencyAccessEnds(a.expiresAt, new Date()) : '';
  });
  protected readonly reason = computed(() => {
    const a = this.access();
    return a ? BREAK_GLASS_REASON_LABELS[a.reasonCategory].toLowerCase() : '';
  });
}

/** "14:32", or "14:32 tomorrow" when it ends on another day, in the service's time zone. */
export function emergencyAccessEnds(expiresAt: string, now: Date): string {
  const time = formatLondonTime(expiresAt);
  return sameLondonDay(expiresAt, now.toISOString()) ? time : `${time} tomorrow`;
}
