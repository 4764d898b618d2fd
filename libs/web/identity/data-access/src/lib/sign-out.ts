import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { FlashNotice, SessionStore } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { IdentityApi } from './identity-api';

/** Signs out here (or everywhere) and goes back to the sign-in page with a word about it. */
@Injectable({ providedIn: 'root' })
export class SignOut {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly flash = inject(FlashNotice);

  async here(): Promise<void> {
    await this.finish(() => firstValueFrom(this.api.signOut()), 'You have signed out.');
  }

  async everywhere(): Promise<void> {
    await this.finish(
      () => firstValueFrom(this.api.signOutEverywhere()),
      'You have signed out on every device.',
    );
  }

  private async finish(call: () => Promise<void>, message: string): Promise<void> {
    try {
      await call();
    } finally {
      // Even if the API could not be reached, forget the session on this screen.
      this.session.clear();
      this.flash.set(message);
      await this.router.navigateByUrl('/sign-in');
    }
  }
}
