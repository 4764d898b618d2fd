import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The colour of a tag: always beside its words, never instead of them. */
export type StatusTone = 'amber' | 'green' | 'purple' | 'blue' | 'grey' | 'red' | 'alarm';

/** How each value of a status reads: its words, and the colour beside them. */
export type StatusScheme<K extends string = string> = Readonly<Record<K, { label: string; tone: StatusTone }>>;

/** A status scheme from the words a domain already has for its values and a colour for each. */
export function statusScheme<K extends string>(labels: Readonly<Record<K, string>>, tones: Readonly<Record<K, StatusTone>>): StatusScheme<K> {
  return Object.fromEntries(Object.entries<string>(labels).map(([value, label]) => [value, { label, tone: tones[value as K] }])) as StatusScheme<K>;
}

/** A status or severity in words on a coloured ground, as its scheme has it (journey status, concern status, severity). */
@Component({
  selector: 'bs-status-tag',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let look = scheme()[status()];
    <span [class]="'bs-status-tag bs-status-tag--' + look.tone" [class.bs-status-tag--framed]="framed()">{{ look.label }}</span>
  `,
  styles: `
    .bs-status-tag {
      display: inline-block;
      padding: 0.125rem 0.5rem;
      border-radius: 4px;
      font-weight: 600;
      font-size: 0.9375rem;
      white-space: nowrap;
    }
    .bs-status-tag--framed { border: 1px solid transparent; }
    .bs-status-tag--amber { background: #fff1c2; color: #4a3800; }
    .bs-status-tag--green { background: #d8f0e0; color: #0b4021; }
    .bs-status-tag--purple { background: #e6e0f5; color: #3a2a66; }
    .bs-status-tag--blue { background: #dbe9f7; color: #0d3660; }
    .bs-status-tag--grey { background: #e8e8e8; color: #333333; }
    .bs-status-tag--red { background: #fde0d9; color: #7a1d0c; }
    .bs-status-tag--alarm { background: #8c1d18; color: #ffffff; }
  `,
})
export class StatusTag<K extends string> {
  readonly status = input.required<K>();
  readonly scheme = input.required<StatusScheme<K>>();
  /** Severity tags keep a 1px frame, so they line up with the others in a row of tags. */
  readonly framed = input(false);
}
