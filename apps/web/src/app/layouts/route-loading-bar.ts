import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { routeLoading } from '@beside/web/core';

/**
 * A thin bar across the top of the window while the next page loads; one in each layout. It lives here, not in web/core:
 * the layouts are lazy, so the progress bar's code stays out of the first download.
 */
@Component({
  selector: 'bs-route-loading-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule],
  template: `
    @if (loading()) {
      <mat-progress-bar class="bs-route-loading-bar" mode="indeterminate" aria-label="Loading the page" />
    }
  `,
  styles: `
    .bs-route-loading-bar {
      position: fixed;
      inset: 0 0 auto;
      z-index: 1100;
    }
  `,
})
export class RouteLoadingBar {
  protected readonly loading = routeLoading();
}
