import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** "Someone else changed this": what is there now, and a way to apply her change again on top of it. */
@Component({
  selector: 'bs-conflict-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bs-conflict" role="alert">
      <h3 class="bs-conflict__title">Someone else changed this</h3>
      <p>{{ message() }}</p>
      <ng-content />
      <div class="bs-actions">
        <button type="button" class="bs-conflict__button" (click)="reapply.emit()">{{ reapplyLabel() }}</button>
        <button type="button" class="bs-link-button" (click)="dismiss.emit()">Keep the current version</button>
      </div>
    </div>
  `,
  styles: `
    .bs-conflict {
      border-left: 6px solid var(--bs-error, #b3261e);
      background: #fdf2f1;
      padding: 1rem 1.25rem;
      margin: 0 0 1rem;
    }
    .bs-conflict__title {
      margin-top: 0;
    }
    .bs-conflict__button {
      font: inherit;
      min-height: 44px;
      padding: 0 1rem;
      border-radius: 8px;
      border: 2px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-primary);
      cursor: pointer;
    }
  `,
})
export class ConflictNotice {
  readonly message = input('Someone else changed this since you opened it.');
  readonly reapplyLabel = input('Apply my change again');
  readonly reapply = output<void>();
  readonly dismiss = output<void>();
}
