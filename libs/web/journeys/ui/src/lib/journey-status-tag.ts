import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { JourneyStatus } from '@beside/shared/contracts';
import { JOURNEY_STATUS_LABELS } from './labels';

@Component({
  selector: 'bs-journey-status-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="bs-status" [class]="'bs-status bs-status--' + status()">{{ label() }}</span>`,
  styles: `
    .bs-status {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 4px;
      font-weight: 600;
      font-size: 0.9375rem;
      white-space: nowrap;
    }
    .bs-status--referred { background: #fff1c2; color: #4a3800; }
    .bs-status--active { background: #d8f0e0; color: #0b4021; }
    .bs-status--closing { background: #e6e0f5; color: #3a2a66; }
    .bs-status--closed { background: #e8e8e8; color: #333333; }
  `,
})
export class JourneyStatusTag {
  readonly status = input.required<JourneyStatus>();
  protected readonly label = computed(() => JOURNEY_STATUS_LABELS[this.status()]);
}
