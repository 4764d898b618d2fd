import { inject, Injectable, signal } from '@angular/core';
import type { PanelSettingsView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { PanelApi } from './panel-api';

/** The panel's own choice of how votes are recorded: counts only (the default), or who voted how. */
@Injectable()
export class PanelSettingsStore {
  private readonly api = inject(PanelApi);
  readonly settings = signal<PanelSettingsView | null>(null);
  readonly problem = signal<string | null>(null);

  load(): Promise<boolean> {
    return readInto(this.api.settings(), (settings) => this.settings.set(settings), this.problem);
  }

  async save(namedVoting: boolean): Promise<WriteResult<PanelSettingsView>> {
    const version = this.settings()?.version;
    if (version === undefined) throw new Error('The panel settings are not loaded');
    const result = await attemptWrite(this.api.saveSettings({ namedVoting, version }));
    if (result.ok) this.settings.set(result.value);
    return result;
  }
}
