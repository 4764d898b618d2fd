import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { FindingEvidenceView } from '@beside/shared/contracts';

/** What a finding rests on: for each piece, the consultation, the figures, theme or published quote, and the note. */
@Component({
  selector: 'bs-evidence-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (e of evidence(); track e.id; let i = $index) {
      <article class="bs-evidence" [attr.aria-labelledby]="'evidence-' + e.id">
        <h3 [id]="'evidence-' + e.id">Evidence {{ i + 1 }}: {{ e.consultationTitle }}</h3>
        <p>{{ e.note }}</p>
        @if (e.figures.length) {
          <p class="bs-evidence__label">Figures</p>
          <ul>
            @for (figure of e.figures; track $index) {
              <li>{{ figure }}</li>
            }
          </ul>
        }
        @if (e.themeName) {
          <p><span class="bs-evidence__label">Theme:</span> {{ e.themeName }}</p>
        }
        @if (e.quoteWords) {
          <figure class="bs-evidence__quote">
            <blockquote>“{{ e.quoteWords }}”</blockquote>
            <figcaption class="bs-secondary-text">A published quote from the consultation</figcaption>
          </figure>
        }
      </article>
    } @empty {
      <p>No evidence is recorded.</p>
    }
  `,
  styles: `
    .bs-evidence {
      border-left: 4px solid var(--mat-sys-outline-variant);
      padding: 0 0 0 1rem;
      margin: 0 0 1.25rem;
    }
    .bs-evidence h3 {
      margin-top: 0;
    }
    .bs-evidence__label {
      font-weight: 700;
      margin-bottom: 0;
    }
    .bs-evidence__quote {
      margin: 0.5rem 0;
    }
    .bs-evidence__quote blockquote {
      margin: 0;
      font-size: 1.125rem;
    }
  `,
})
export class EvidenceList {
  readonly evidence = input.required<FindingEvidenceView[]>();
}
