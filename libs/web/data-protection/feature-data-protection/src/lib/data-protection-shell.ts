import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** The data protection pages under one set of links: requests from the women, the breach register, and retention. */
@Component({
  selector: 'bs-data-protection-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <nav class="bs-dp-nav" aria-label="Data protection">
      <ul>
        @for (link of links; track link.path) {
          <li><a [routerLink]="link.path" routerLinkActive="bs-active" ariaCurrentWhenActive="page">{{ link.words }}</a></li>
        }
      </ul>
    </nav>
    <router-outlet />
  `,
  styles: `
    .bs-dp-nav ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; margin: 0 0 1.5rem; padding: 0 0 0.5rem; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .bs-dp-nav a { display: inline-block; padding: 0.5rem 0; min-height: 24px; }
    .bs-dp-nav a.bs-active { font-weight: 700; text-decoration-thickness: 3px; }
  `,
})
export class DataProtectionShell {
  protected readonly links = [
    { path: '/data-protection/requests', words: 'Requests' },
    { path: '/data-protection/breaches', words: 'Breaches' },
    { path: '/data-protection/retention', words: 'Retention' },
  ];
}
