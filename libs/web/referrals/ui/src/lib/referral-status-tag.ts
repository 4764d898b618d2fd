import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ReferralStatus } from '@beside/shared/contracts';
import { StatusTag } from '@beside/web/ui';
import { REFERRAL_STATUS_LABELS, REFERRAL_STATUS_TONES } from './labels';

/** A referral's status in words on its colour. */
@Component({
  selector: 'bs-referral-status-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusTag],
  template: `<bs-status-tag [label]="labels[status()]" [tone]="tones[status()]" />`,
})
export class ReferralStatusTag {
  readonly status = input.required<ReferralStatus>();
  protected readonly labels = REFERRAL_STATUS_LABELS;
  protected readonly tones = REFERRAL_STATUS_TONES;
}
