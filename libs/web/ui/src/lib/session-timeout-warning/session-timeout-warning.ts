import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** A modal warning before the session times out (native <dialog>: focus is trapped and restored). */
@Component({
  selector: 'bs-session-timeout-warning',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <dialog
      #dialog
      class="bs-timeout"
      role="alertdialog"
      aria-labelledby="bs-timeout-title"
      aria-describedby="bs-timeout-text"
      (cancel)="$event.preventDefault(); stay.emit()"
    >
      <h2 id="bs-timeout-title">Are you still there?</h2>
      <p id="bs-timeout-text">
        You will be signed out in {{ timeLeft() }} to keep information safe. Anything you have not saved will be lost.
      </p>
      <div class="bs-timeout__actions">
        <button mat-flat-button type="button" (click)="stay.emit()">Stay signed in</button>
        <button mat-button type="button" (click)="signOut.emit()">Sign out</button>
      </div>
    </dialog>
  `,
  styles: `
    .bs-timeout {
      max-width: min(30rem, calc(100vw - 2rem));
      border: none;
      border-radius: 12px;
      padding: 1.5rem;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .bs-timeout::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .bs-timeout__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
})
export class SessionTimeoutWarning {
  readonly secondsLeft = input.required<number>();
  readonly stay = output<void>();
  readonly signOut = output<void>();

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  // Whole minutes while there are more than 60 seconds left, so screen readers are not flooded.
  protected readonly timeLeft = computed(() => {
    const seconds = this.secondsLeft();
    if (seconds > 60) return `${Math.ceil(seconds / 60)} minutes`;
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  });

  constructor() {
    afterNextRender(() => this.dialog().nativeElement.showModal?.());
  }
}
