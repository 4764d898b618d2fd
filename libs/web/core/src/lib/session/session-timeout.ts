import { HttpClient } from '@angular/common/http';
import { DestroyRef, effect, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { FlashNotice } from '../navigation/flash-notice';
import { SessionStore } from './session.store';

export const WARNING_BEFORE_MS = 2 * 60 * 1000;

/**
 * Warns two minutes before the idle timeout and signs the person out when it passes, so that
 * a screen left open does not stay open on her data.
 */
@Injectable({ providedIn: 'root' })
export class SessionTimeout {
  private readonly session = inject(SessionStore);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);
  private readonly warningState = signal(false);
  private readonly secondsLeftState = signal(0);
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  private tick: ReturnType<typeof setInterval> | undefined;

  readonly warning = this.warningState.asReadonly();
  readonly secondsLeft = this.secondsLeftState.asReadonly();

  constructor() {
    effect(() => this.schedule(this.session.signedIn() ? this.session.idleExpiresAt() : null));
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Any authenticated request renews the idle timer; then read the session again. */
  async staySignedIn(): Promise<void> {
    await firstValueFrom(this.http.get('/api/account'));
    await this.session.load();
  }

  private schedule(expiresAt: number | null): void {
    this.stop();
    if (expiresAt === null) return;
    const untilWarning = expiresAt - WARNING_BEFORE_MS - Date.now();
    this.warnTimer = setTimeout(() => this.startCountdown(expiresAt), Math.max(0, untilWarning));
  }

  private startCountdown(expiresAt: number): void {
    const update = () => {
      const left = Math.max(0, Math.round((expiresAt - Date.now()) / 1000));
      this.secondsLeftState.set(left);
      if (left === 0) void this.expire();
    };
    this.warningState.set(true);
    update();
    this.tick = setInterval(update, 1000);
  }

  private async expire(): Promise<void> {
    this.stop();
    await this.session.load();
    if (!this.session.signedIn()) {
      this.flash.set('You were signed out because you had not used Beside for a while.');
      await this.router.navigateByUrl('/sign-in');
    }
  }

  private stop(): void {
    clearTimeout(this.warnTimer);
    clearInterval(this.tick);
    this.warningState.set(false);
  }
}
