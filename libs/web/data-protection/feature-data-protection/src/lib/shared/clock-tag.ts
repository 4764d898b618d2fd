import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { StatusTag, type StatusScheme, type StatusTone } from '@beside/web/ui';

/** A clock in words on a coloured ground ("3 days overdue", "40 hours left"): the words always, the colour beside them. */
@Component({
  selector: 'bs-clock-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusTag],
  template: `<bs-status-tag status="clock" [scheme]="scheme()" />`,
})
export class ClockTag {
  readonly words = input.required<string>();
  readonly tone = input.required<StatusTone>();
  protected readonly scheme = computed<StatusScheme<'clock'>>(() => ({ clock: { label: this.words(), tone: this.tone() } }));
}

/** The colour beside the 72-hour clock: alarm once passed, red in the last 24 hours. */
export function hoursLeftTone(hoursLeft: number): StatusTone {
  if (hoursLeft < 0) return 'alarm';
  return hoursLeft < 24 ? 'red' : 'amber';
}
