import { inject, Injectable, signal } from '@angular/core';
import type { ConsultationResultsView, ConsultationView } from '@beside/shared/contracts';
import { readInto } from '@beside/web/core';
import { ConsultationsApi } from './consultations-api';

/** What a finding's evidence is picked from: the consultations, and each one's results once it is chosen (read once). */
@Injectable()
export class EvidenceSourcesStore {
  private readonly api = inject(ConsultationsApi);
  readonly consultations = signal<ConsultationView[] | null>(null);
  readonly results = signal<Readonly<Record<string, ConsultationResultsView>>>({});
  readonly problem = signal<string | null>(null);

  loadConsultations(): Promise<boolean> {
    return readInto(this.api.list(), (list) => this.consultations.set(list.filter((c) => c.status !== 'draft')), this.problem);
  }

  async loadResults(consultationId: string): Promise<boolean> {
    if (this.results()[consultationId]) return true;
    return readInto(this.api.results(consultationId), (results) => this.results.update((all) => ({ ...all, [consultationId]: results })), this.problem);
  }
}
