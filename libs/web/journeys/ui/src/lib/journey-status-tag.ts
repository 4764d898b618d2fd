import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { JourneyStatus } from '@beside/shared/contracts';
import { StatusTag, type StatusTone } from '@beside/web/ui';
import { JOURNEY_STATUS_LABELS } from './labels';

const TONES: Record<JourneyStatus, StatusTone> = { referred: 'amber', active: 'green', closing: 'purple', closed: 'grey' };

@Component({
  selector: 'bs-journey-status-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusTag],
  template: `<bs-status-tag [label]="labels[status()]" [tone]="tones[status()]" />`,
})
export class JourneyStatusTag {
  readonly status = input.required<JourneyStatus>();
  protected readonly labels = JOURNEY_STATUS_LABELS;
  protected readonly tones = TONES;
}
