import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ConcernStatus } from '@beside/shared/contracts';
import { CONCERN_STATUS_LABELS } from './labels';

@Component({
  selector: 'bs-concern-status-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'bs-concern-status bs-concern-status--' + status()">{{ label() }}</span>`,
  styles: `
    .bs-concern-status {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 4px;
      font-weight: 600;
      font-size: 0.9375rem;
      white-space: nowrap;
    }
    .bs-concern-status--raised { background: #fff1c2; color: #4a3800; }
    .bs-concern-status--triaged { background: #e6e0f5; color: #3a2a66; }
    .bs-concern-status--action { background: #dbe9f7; color: #0d3660; }
    .bs-concern-status--referred { background: #d8f0e0; color: #0b4021; }
    .bs-concern-status--closed { background: #e8e8e8; color: #333333; }
  `,
})
export class ConcernStatusTag {
  readonly status = input.required<ConcernStatus>();
  protected readonly label = computed(() => CONCERN_STATUS_LABELS[this.status()]);
}
