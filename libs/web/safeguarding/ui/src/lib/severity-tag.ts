import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ConcernSeverity } from '@beside/shared/contracts';
import { StatusTag, type StatusTone } from '@beside/web/ui';
import { CONCERN_SEVERITY_LABELS } from './labels';

const TONES: Record<ConcernSeverity, StatusTone> = { low: 'grey', medium: 'amber', high: 'red', immediate: 'alarm' };

/** A concern's severity in words, never by colour alone. */
@Component({
  selector: 'bs-severity-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusTag],
  template: `<bs-status-tag [label]="labels[severity()]" [tone]="tones[severity()]" [framed]="true" />`,
})
export class SeverityTag {
  readonly severity = input.required<ConcernSeverity>();
  protected readonly labels = CONCERN_SEVERITY_LABELS;
  protected readonly tones = TONES;
}
