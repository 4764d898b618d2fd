import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's one h1 (focused after navigation), with an optional caption above and lead below. */
@Component({
  selector: 'bs-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="bs-page-header">
      @if (caption()) {
        <p class="bs-page-header__caption">{{ caption() }}</p>
      }
      <h1 class="bs-page-header__heading" tabindex="-1">{{ heading() }}</h1>
      <ng-content />
    </header>
  `,
  styles: `
    .bs-page-header {
      margin-bottom: 1.5rem;
    }
    .bs-page-header__caption {
      margin: 0 0 0.25rem;
      color: var(--mat-sys-on-surface-variant);
      font-size: 1.125rem;
    }
    .bs-page-header__heading {
      margin: 0 0 0.75rem;
      font-size: clamp(1.75rem, 5vw, 2.25rem);
      line-height: 1.2;
      font-weight: 700;
    }
    .bs-page-header__heading:focus {
      outline: none;
    }
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly caption = input<string>();
}
