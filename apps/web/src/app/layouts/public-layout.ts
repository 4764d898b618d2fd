import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { provideFormFieldDefaults, QuickExitButton } from '@beside/web/ui';

/** Sign-in and account set-up pages. Service users see these too, so the quick exit is here. */
@Component({
  selector: 'bs-public-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideFormFieldDefaults()],
  imports: [RouterOutlet, RouterLink, QuickExitButton],
  template: `
    <header class="bs-masthead">
      <div class="bs-masthead__inner">
        <a class="bs-masthead__name" routerLink="/">Beside</a>
        <bs-quick-exit-button />
      </div>
    </header>
    <main id="main-content" class="bs-main bs-main--narrow" tabindex="-1">
      <router-outlet />
    </main>
  `,
})
export class PublicLayout {}
