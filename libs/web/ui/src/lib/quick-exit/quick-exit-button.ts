import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { QuickExit } from './quick-exit';

/** The "Leave this site" button on her screens; while it is on the page, Escape twice also leaves. */
@Component({
  selector: 'bs-quick-exit-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'quickExit.onKeydown($event)' },
  template: `
    <button type="button" class="bs-quick-exit" (click)="quickExit.leave()" aria-describedby="bs-quick-exit-hint">
      Leave this site
    </button>
    <span id="bs-quick-exit-hint" class="bs-quick-exit__hint">or press Esc twice</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 0.125rem;
    }
    .bs-quick-exit {
      font: inherit;
      font-weight: 700;
      min-height: 44px;
      padding: 0.5rem 1rem;
      border: 2px solid #6e1113;
      border-radius: 6px;
      background: #a4151b;
      color: #fff;
      cursor: pointer;
    }
    .bs-quick-exit:hover {
      background: #6e1113;
    }
    .bs-quick-exit:focus-visible {
      outline: 3px solid #fd0;
      outline-offset: 2px;
      box-shadow: 0 0 0 6px #0b0c0c;
    }
    .bs-quick-exit__hint {
      font-size: 0.8125rem;
      color: inherit;
    }
  `,
})
export class QuickExitButton {
  protected readonly quickExit = inject(QuickExit);
}
