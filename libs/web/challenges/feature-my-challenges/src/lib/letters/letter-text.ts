import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { letterBlocks } from './letter-blocks';

/**
 * A letter's words as she reads them: headings, paragraphs and lists from its Markdown, each bit of text interpolated
 * (never HTML). Its headings sit below the page's own, so the outline stays in order.
 */
@Component({
  selector: 'bs-letter-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-template #runsOf let-runs>
      @for (run of runs; track $index) {
        @if (run.bold && run.italics) {
          <strong><em>{{ run.text }}</em></strong>
        } @else if (run.bold) {
          <strong>{{ run.text }}</strong>
        } @else if (run.italics) {
          <em>{{ run.text }}</em>
        } @else {
          {{ run.text }}
        }
      }
    </ng-template>
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('heading') {
          <p class="bs-letter__heading" role="heading" [attr.aria-level]="headingLevel(block.level)">
            <ng-container *ngTemplateOutlet="runsOf; context: { $implicit: block.runs }" />
          </p>
        }
        @case ('paragraph') {
          <p><ng-container *ngTemplateOutlet="runsOf; context: { $implicit: block.runs }" /></p>
        }
        @case ('list') {
          @if (block.ordered) {
            <ol>
              @for (item of block.items; track $index) {
                <li><ng-container *ngTemplateOutlet="runsOf; context: { $implicit: item }" /></li>
              }
            </ol>
          } @else {
            <ul>
              @for (item of block.items; track $index) {
                <li><ng-container *ngTemplateOutlet="runsOf; context: { $implicit: item }" /></li>
              }
            </ul>
          }
        }
      }
    }
  `,
  imports: [NgTemplateOutlet],
  styles: `
    :host {
      display: block;
      overflow-wrap: anywhere;
    }
    p,
    li {
      white-space: pre-line;
    }
    .bs-letter__heading {
      font-weight: 700;
      font-size: 1.125rem;
      margin: 1rem 0 0.5rem;
    }
    p {
      margin: 0 0 0.75rem;
    }
  `,
})
export class LetterText {
  readonly body = input.required<string>();
  /** The level of the page heading the letter sits under: its own headings go below it. */
  readonly under = input(2);
  protected readonly blocks = computed(() => letterBlocks(this.body()));
  /** The letter's biggest heading sits one level below the page's; the others keep their steps below that. */
  private readonly top = computed(() => Math.min(6, ...this.blocks().flatMap((b) => (b.kind === 'heading' ? [b.level] : []))));

  protected headingLevel(level: number): number {
    return Math.min(6, this.under() + 1 + level - this.top());
  }
}
