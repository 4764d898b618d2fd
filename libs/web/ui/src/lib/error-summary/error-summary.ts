import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  viewChild,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';

export interface ErrorSummaryItem {
  /** The id of the input the message is about; without it the message is not a link. */
  fieldId?: string;
  message: string;
}

/**
 * The GOV.UK error summary: a box above the form listing every problem, each linking to its
 * field. It takes focus whenever a new list of errors arrives (after a failed submit).
 */
let nextId = 0;

@Component({
  selector: 'bs-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().length) {
      <div #box class="bs-error-summary" role="alert" tabindex="-1" [attr.aria-labelledby]="titleId">
        <h2 [id]="titleId" class="bs-error-summary__title">{{ title() }}</h2>
        <ul class="bs-error-summary__list">
          @for (error of errors(); track $index) {
            <li>
              @if (error.fieldId) {
                <a [href]="'#' + error.fieldId" (click)="goToField($event, error.fieldId)">{{ error.message }}</a>
              } @else {
                {{ error.message }}
              }
            </li>
          }
        </ul>
      </div>
    }
  `,
  styleUrl: './error-summary.scss',
})
export class ErrorSummary {
  protected readonly titleId = `bs-error-summary-title-${nextId++}`;
  readonly errors = input<ErrorSummaryItem[]>([]);
  readonly title = input('There is a problem');

  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      if (this.errors().length) afterNextRender(() => this.focus(), { injector: this.injector });
    });
  }

  focus(): void {
    const box = this.box()?.nativeElement;
    box?.focus();
    box?.scrollIntoView?.({ block: 'start' });
  }

  // The page has a <base href>, so a bare "#id" link would navigate; move focus ourselves instead.
  protected goToField(event: Event, fieldId: string): void {
    const field = this.document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    const label = this.document.querySelector(`label[for="${fieldId}"]`);
    (label ?? field).scrollIntoView?.({ block: 'center' });
  }
}
