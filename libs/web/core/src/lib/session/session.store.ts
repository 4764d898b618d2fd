import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { can, type Permission } from '@beside/shared/authz';
import type { SessionView } from '@beside/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { SIGNED_OUT_SESSION } from './signed-out-session';

/** Who is signed in, at which stage, and when the session ends. Loaded from GET /api/auth/session. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<SessionView | null>(null);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<string | null>(null);
  // Any authenticated request renews the idle timer on the server, so the client keeps its own copy.
  private readonly idleExpiry = signal<number | null>(null);
  private inFlight: Promise<SessionView> | null = null;

  readonly session = this.state.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly loaded = computed(() => this.state() !== null);
  readonly signedIn = computed(() => !!this.state()?.signedIn);
  readonly stage = computed(() => this.state()?.stage ?? null);
  readonly fullySignedIn = computed(() => this.signedIn() && this.stage() === 'full');
  readonly user = computed(() => this.state()?.user ?? null);
  readonly role = computed(() => this.user()?.role ?? null);
  readonly csrfToken = computed(() => this.state()?.csrfToken ?? null);
  readonly idleExpiresAt = this.idleExpiry.asReadonly();

  can(permission: Permission): boolean {
    return this.fullySignedIn() && can(this.role(), permission);
  }

  /** The session as last loaded, or loads it once (concurrent callers share the request). */
  ensureLoaded(): Promise<SessionView> {
    const current = this.state();
    if (current) return Promise.resolve(current);
    return this.load();
  }

  load(): Promise<SessionView> {
    if (this.inFlight) return this.inFlight;
    this.loadingState.set(true);
    this.inFlight = firstValueFrom(this.http.get<SessionView>('/api/auth/session'))
      .then((view) => {
        this.errorState.set(null);
        this.set(view);
        return view;
      })
      .catch(() => {
        // Treat an unreachable API as signed out; the sign-in page says what went wrong.
        this.errorState.set('We could not reach Beside. Check your connection and try again.');
        this.set(SIGNED_OUT_SESSION);
        return SIGNED_OUT_SESSION;
      })
      .finally(() => {
        this.loadingState.set(false);
        this.inFlight = null;
      });
    return this.inFlight;
  }

  set(view: SessionView): void {
    this.state.set(view);
    this.idleExpiry.set(view.signedIn && view.idleExpiresAt ? Date.parse(view.idleExpiresAt) : null);
  }

  clear(): void {
    this.set(SIGNED_OUT_SESSION);
  }

  /** Called after each successful authenticated request: the server has renewed the idle timer. */
  touch(now = Date.now()): void {
    const view = this.state();
    if (!view?.signedIn || !view.idleTimeoutSeconds) return;
    const absolute = view.absoluteExpiresAt ? Date.parse(view.absoluteExpiresAt) : Infinity;
    this.idleExpiry.set(Math.min(now + view.idleTimeoutSeconds * 1000, absolute));
  }
}
