import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ConcernStatus } from '@beside/shared/contracts';
import { StatusTag, type StatusTone } from '@beside/web/ui';
import { CONCERN_STATUS_LABELS } from './labels';

const TONES: Record<ConcernStatus, StatusTone> = { raised: 'amber', triaged: 'purple', action: 'blue', referred: 'green', closed: 'grey' };

@Component({
  selector: 'bs-concern-status-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusTag],
  template: `<bs-status-tag [label]="labels[status()]" [tone]="tones[status()]" />`,
})
export class ConcernStatusTag {
  readonly status = input.required<ConcernStatus>();
  protected readonly labels = CONCERN_STATUS_LABELS;
  protected readonly tones = TONES;
}
