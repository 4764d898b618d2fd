import { inject, Injectable, signal } from '@angular/core';
import type { SafetyPlanSectionKey, SafetyPlanView } from '@beside/shared/contracts';
import { fetchFile, type FileResult } from '@beside/web/challenges/data-access';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { JourneySafetyPlanApi } from './safety-plan-api';

/** The plan file's name when the API gives none: as neutral as the file itself. */
const PLAN_FILE = 'my-plan.pdf';

/** Her safety plan on one journey: every section in order, the review date, and its PDF. */
@Injectable()
export class JourneySafetyPlanStore {
  private readonly api = inject(JourneySafetyPlanApi);
  private journeyId = '';
  readonly plan = signal<SafetyPlanView | null>(null);
  readonly problem = signal<string | null>(null);

  async load(journeyId: string): Promise<void> {
    this.journeyId = journeyId;
    this.plan.set(null);
    await readInto(this.api.read(journeyId), (plan) => this.plan.set(plan), this.problem);
  }

  /**
   * Staff's words in one section, at the version read. A 409 (she wrote it since, or someone else saved first) brings
   * the plan as it is now, which replaces what is shown.
   */
  async saveSection(key: SafetyPlanSectionKey, body: string, version: number): Promise<WriteResult<SafetyPlanView>> {
    return this.written(await attemptWrite<SafetyPlanView>(this.api.saveSection(this.journeyId, key, { body, version })));
  }

  /** When to look at the plan again with her, at the plan's version (0 before it is started). */
  async setReview(reviewOn: string): Promise<WriteResult<SafetyPlanView>> {
    const version = this.plan()?.version ?? 0;
    return this.written(await attemptWrite<SafetyPlanView>(this.api.setReview(this.journeyId, { reviewOn, version })));
  }

  /** The plan as a PDF, titled "My plan": no service name in it or in its file name. */
  downloadPdf(): Promise<FileResult> {
    return fetchFile(this.api.pdf(this.journeyId), PLAN_FILE);
  }

  private written(result: WriteResult<SafetyPlanView>): WriteResult<SafetyPlanView> {
    const fresh = result.ok ? result.value : result.conflict?.current;
    if (fresh) this.plan.set(fresh);
    return result;
  }
}
