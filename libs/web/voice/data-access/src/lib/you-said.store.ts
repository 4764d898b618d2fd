import { inject, Injectable, signal } from '@angular/core';
import type { YouSaidWeDidView } from '@beside/shared/contracts';
import { readInto } from '@beside/web/core';
import { YouSaidApi } from './you-said-api';

/** "You said, we did": her organisation's (in her portal) or any organisation's (the public page). */
@Injectable()
export class YouSaidStore {
  private readonly api = inject(YouSaidApi);
  readonly view = signal<YouSaidWeDidView | null>(null);
  readonly problem = signal<string | null>(null);

  async loadMine(): Promise<void> {
    await readInto(this.api.mine(), (view) => this.view.set(view), this.problem);
  }

  async loadOrganisation(organisationId: string): Promise<void> {
    await readInto(this.api.organisation(organisationId), (view) => this.view.set(view), this.problem);
  }
}
