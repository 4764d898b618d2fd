import { inject, Injectable, signal } from '@angular/core';
import type { HerStatementView } from '@beside/shared/contracts';
import { readInto } from '@beside/web/core';
import { ChallengesApi } from './challenges-api';

/** Her statement for professionals, as staff read it on her journey (she writes it in her portal). */
@Injectable()
export class JourneyStatementStore {
  private readonly api = inject(ChallengesApi);
  readonly statement = signal<HerStatementView | null>(null);
  readonly loaded = signal(false);
  readonly problem = signal<string | null>(null);

  async load(journeyId: string): Promise<void> {
    this.loaded.set(false);
    await readInto(this.api.statement(journeyId), (s) => this.statement.set(s), this.problem);
    this.loaded.set(true);
  }
}
