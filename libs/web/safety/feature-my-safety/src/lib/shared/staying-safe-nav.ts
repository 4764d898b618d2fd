import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** The three pages about staying safe, linked to each other at the top of each. */
@Component({
  selector: 'bs-staying-safe-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="bs-staying-safe-nav" aria-label="Staying safe">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a [routerLink]="link.path" routerLinkActive="bs-active" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page">{{ link.words }}</a>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .bs-staying-safe-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .bs-staying-safe-nav a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
    .bs-staying-safe-nav a.bs-active {
      font-weight: 700;
      text-decoration-thickness: 3px;
    }
  `,
})
export class StayingSafeNav {
  protected readonly links = [
    { path: '/my/staying-safe', words: 'Your plan' },
    { path: '/my/staying-safe/assessments', words: 'Your risk assessments' },
    { path: '/my/staying-safe/shared', words: 'Who your information was shared with' },
  ];
}
