import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeader } from '@beside/web/ui';

@Component({
  selector: 'bs-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeader],
  template: `
    <main id="main-content" class="bs-main bs-main--narrow" tabindex="-1">
      <bs-page-header heading="Page not found" />
      <p>If you typed the web address, check it is correct.</p>
      <p><a routerLink="/">Go to your home page</a></p>
    </main>
  `,
})
export class NotFoundPage {}
