import { inject, Injectable, signal } from '@angular/core';
import type { ConsultationCrossTabView, ConsultationResultsView } from '@beside/shared/contracts';
import { readInto } from '@beside/web/core';
import { ConsultationsApi } from './consultations-api';

/** A consultation's results as the API protects them (counts with 1–4 as "<5"), and one cross-tab at a time. */
@Injectable()
export class ConsultationResultsStore {
  private readonly api = inject(ConsultationsApi);
  readonly results = signal<ConsultationResultsView | null>(null);
  readonly problem = signal<string | null>(null);
  readonly crossTab = signal<ConsultationCrossTabView | null>(null);
  readonly crossTabProblem = signal<string | null>(null);
  private crossTabAsked = 0;

  load(id: string): Promise<boolean> {
    return readInto(this.api.results(id), (results) => this.results.set(results), this.problem);
  }

  /** Two single-choice or scale questions against each other; the API hides it unless every cell is 5 or more. */
  async showCrossTab(id: string, rows: string, columns: string): Promise<boolean> {
    const asked = ++this.crossTabAsked;
    this.crossTab.set(null);
    // Only the latest choice is shown, however the answers arrive.
    return readInto(
      this.api.crossTab(id, rows, columns),
      (table) => {
        if (asked === this.crossTabAsked) this.crossTab.set(table);
      },
      this.crossTabProblem,
    );
  }
}
