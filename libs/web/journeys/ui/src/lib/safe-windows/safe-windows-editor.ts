import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { WeekWindowsFieldset, type WeekWindowsEditing } from '@beside/web/ui';

/**
 * Safe times as windows: days ticked Monday to Sunday, from and until on the London clock. A window whose end comes
 * before its start runs past midnight. Staff and she herself use it; `person` words it for either.
 */
@Component({
  selector: 'bs-safe-windows-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [WeekWindowsFieldset],
  template: `
    <bs-week-windows-fieldset
      [windows]="windows()"
      [fieldsetId]="idPrefix() + '-safe-windows'"
      [legend]="person() === 'her' ? 'Times Beside may send her anything' : 'Times we may send you anything'"
      [hint]="hint()"
      windowLabel="Safe time"
      [windowIdPrefix]="idPrefix() + '-window-'"
      addLabel="Add a safe time"
      [addId]="idPrefix() + '-add-window'"
      [errors]="errors()"
    />
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 1rem;
      --bs-week-window-border: #8a7a5c;
      --bs-week-window-background: #fff;
    }
  `,
})
export class SafeWindowsEditor {
  readonly windows = input.required<WeekWindowsEditing>();
  /** Keeps ids apart when two forms are on one page. */
  readonly idPrefix = input.required<string>();
  readonly person = input<'her' | 'you'>('her');
  /** The form's error summary: a new list (after a submit) shows each window's problem. */
  readonly errors = input<readonly unknown[]>([]);
  protected readonly hint = computed(
    () =>
      'UK time. A time that ends before it starts runs past midnight, such as 22:00 until 06:00. ' +
      (this.person() === 'her' ? 'With no times, nothing is sent to her.' : 'With no times, we send you nothing.'),
  );
}
