import { ChangeDetectionStrategy, Component, DOCUMENT, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SessionStore, SessionTimeout } from '@beside/web/core';
import { SignOut } from '@beside/web/identity/data-access';
import { SessionTimeoutWarning } from '@beside/web/ui';
import { FocusOnNavigation } from './shell/focus-on-navigation';

@Component({
  selector: 'bs-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, SessionTimeoutWarning],
  template: `
    <a class="bs-skip-link" href="#main-content" (click)="skipToMain($event)">Skip to main content</a>
    <router-outlet />
    @defer (when timeout.warning()) {
      @if (timeout.warning()) {
        <bs-session-timeout-warning
          [secondsLeft]="timeout.secondsLeft()"
          (stay)="staySignedIn()"
          (signOut)="signOut.here()"
        />
      }
    }
  `,
})
export class App {
  protected readonly timeout = inject(SessionTimeout);
  protected readonly signOut = inject(SignOut);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);

  constructor() {
    inject(FocusOnNavigation).start();
  }

  // The page has a <base href>, so "#main-content" would be a navigation; move focus instead.
  protected skipToMain(event: Event): void {
    const main = this.document.getElementById('main-content');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }

  protected async staySignedIn(): Promise<void> {
    try {
      await this.timeout.staySignedIn();
    } catch {
      await this.session.load();
    }
  }
}
