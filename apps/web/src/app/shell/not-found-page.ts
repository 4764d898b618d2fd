import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeader, QuickExitButton } from '@beside/web/ui';

/**
 * "Page not found". Inside her portal it sits in her layout (`embedded`), with her quick exit and menu; anywhere else it
 * has its own header with the quick exit, because she can reach any address by typing it.
 */
@Component({
  selector: 'bs-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, PageHeader, QuickExitButton],
  template: `
    @if (embedded()) {
      <ng-container *ngTemplateOutlet="body" />
    } @else {
      <header class="bs-masthead">
        <div class="bs-masthead__inner bs-not-found__masthead">
          <bs-quick-exit-button />
        </div>
      </header>
      <main id="main-content" class="bs-main bs-main--narrow" tabindex="-1">
        <ng-container *ngTemplateOutlet="body" />
      </main>
    }
    <ng-template #body>
      <bs-page-header heading="Page not found" />
      <p>If you typed the web address, check it is correct.</p>
      <p><a routerLink="/">Go to your home page</a></p>
    </ng-template>
  `,
  styles: `
    .bs-not-found__masthead {
      justify-content: flex-end;
    }
  `,
})
export class NotFoundPage {
  /** Shown inside a layout that already has the page's header and main landmark (her portal). */
  readonly embedded = input(false);
}
