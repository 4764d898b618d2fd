import { Injectable, signal } from '@angular/core';

/** A one-off message for the next page ("Your password has been changed"), kept out of the URL. */
@Injectable({ providedIn: 'root' })
export class FlashNotice {
  private readonly message = signal<string | null>(null);

  set(message: string): void {
    this.message.set(message);
  }

  /** Returns the message once, then forgets it. */
  take(): string | null {
    const message = this.message();
    this.message.set(null);
    return message;
  }
}
