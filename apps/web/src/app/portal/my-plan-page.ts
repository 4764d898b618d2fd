import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { SessionStore } from '@beside/web/core';
import { PageHeader } from '@beside/web/ui';

@Component({
  selector: 'bs-my-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeader],
  template: `
    <bs-page-header [heading]="greeting()" />
    <div class="bs-calm-panel">
      <h2>Your plan</h2>
      <p>Your plan will appear here.</p>
      <p>It will show your goals in your own words, the steps you and your advocate agreed, and your appointments.</p>
    </div>
    <p class="bs-secondary-text">
      If you need to leave quickly, use “Leave this site” at the top, or press Esc twice.
    </p>
  `,
})
export class MyPlanPage {
  private readonly session = inject(SessionStore);
  protected readonly greeting = computed(() => {
    const name = this.session.user()?.displayName;
    return name ? `Hello, ${name.split(' ')[0]}` : 'Hello';
  });
}
