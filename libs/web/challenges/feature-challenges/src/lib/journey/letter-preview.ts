import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { letterBlocks } from './letter-blocks';

/** How the letter will read: its title and words as plain headings, paragraphs and lists. */
@Component({
  selector: 'bs-letter-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bs-letter-preview">
      <p class="bs-letter-preview__title">{{ title() }}</p>
      @for (block of blocks(); track $index) {
        @switch (block.kind) {
          @case ('heading') {
            <p class="bs-letter-preview__heading">{{ block.text }}</p>
          }
          @case ('list') {
            <ul>
              @for (item of block.items; track $index) {
                <li>{{ item }}</li>
              }
            </ul>
          }
          @default {
            <p class="bs-letter-preview__para">{{ block.text }}</p>
          }
        }
      }
    </div>
  `,
  styles: `
    .bs-letter-preview {
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface);
      padding: 1rem 1.25rem;
      max-width: 44rem;
      overflow-wrap: anywhere;
    }
    .bs-letter-preview__title,
    .bs-letter-preview__heading {
      font-weight: 700;
    }
    .bs-letter-preview__title {
      font-size: 1.125rem;
    }
    .bs-letter-preview__para {
      white-space: pre-line;
    }
  `,
})
export class LetterPreview {
  readonly title = input.required<string>();
  readonly body = input.required<string>();
  protected readonly blocks = computed(() => letterBlocks(this.body()));
}
