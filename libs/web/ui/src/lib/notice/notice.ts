import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A short message about what just happened ("Your password has been changed"). */
@Component({
  selector: 'bs-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', '[class]': '"bs-notice bs-notice--" + kind()' },
  template: `<ng-content />`,
  styles: `
    :host {
      display: block;
      padding: 1rem 1.25rem;
      margin: 0 0 1.5rem;
      border-left: 6px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }
    :host(.bs-notice--success) {
      border-left-color: var(--bs-success, #00703c);
    }
    :host(.bs-notice--warning) {
      border-left-color: var(--bs-error, #b3261e);
    }
  `,
})
export class Notice {
  readonly kind = input<'info' | 'success' | 'warning'>('info');
}
