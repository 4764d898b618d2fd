import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The reminder at the foot of each of her pages about staying safe. */
@Component({
  selector: 'bs-leave-quickly',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="bs-secondary-text">If you need to leave quickly, use “Leave this site” at the top, or press Esc twice.</p>`,
})
export class LeaveQuickly {}
