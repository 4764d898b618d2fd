import { inject, Injectable, signal } from '@angular/core';
import type { NetworkPoolSettingView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { NetworkApi } from './network-api';

/** A member organisation's own decision: whether its figures join the network's pooled figures (yes unless it says no). */
@Injectable()
export class NetworkPoolSettingStore {
  private readonly api = inject(NetworkApi);
  readonly setting = signal<NetworkPoolSettingView | null>(null);
  readonly problem = signal<string | null>(null);

  load(): Promise<boolean> {
    return readInto(this.api.poolSetting(), (setting) => this.setting.set(setting), this.problem);
  }

  async save(sharesNetworkFigures: boolean): Promise<WriteResult<NetworkPoolSettingView>> {
    const result = await attemptWrite(this.api.setPoolSetting(sharesNetworkFigures));
    if (result.ok) this.setting.set(result.value);
    return result;
  }
}
