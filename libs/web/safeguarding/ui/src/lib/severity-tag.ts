import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ConcernSeverity } from '@beside/shared/contracts';
import { CONCERN_SEVERITY_LABELS } from './labels';

/** A concern's severity in words, never by colour alone. */
@Component({
  selector: 'bs-severity-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'bs-severity bs-severity--' + severity()">{{ label() }}</span>`,
  styles: `
    .bs-severity {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 4px;
      font-weight: 600;
      font-size: 0.9375rem;
      white-space: nowrap;
      border: 1px solid transparent;
    }
    .bs-severity--low { background: #e8e8e8; color: #333333; }
    .bs-severity--medium { background: #fff1c2; color: #4a3800; }
    .bs-severity--high { background: #fde0d9; color: #7a1d0c; }
    .bs-severity--immediate { background: #8c1d18; color: #ffffff; }
  `,
})
export class SeverityTag {
  readonly severity = input.required<ConcernSeverity>();
  protected readonly label = computed(() => CONCERN_SEVERITY_LABELS[this.severity()]);
}
