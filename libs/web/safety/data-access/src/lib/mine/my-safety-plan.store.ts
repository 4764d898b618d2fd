import { inject, Injectable, signal } from '@angular/core';
import type { SafetyPlanSectionKey, SafetyPlanView } from '@beside/shared/contracts';
import { fetchFile, type FileResult } from '@beside/web/challenges/data-access';
import { type ApiProblem, toApiProblem, toVersionConflict, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { MySafetyApi } from './my-safety-api';
import { type SectionChangePointer, toSectionChangePointer } from './written-by-staff';

/** The plan file's name when the API gives none: as neutral as the file itself. */
const PLAN_FILE = 'plan.pdf';

/**
 * Saving her words in a section: saved; refused because staff wrote the section (she asks for a change instead, with
 * `proposeChange`); or another problem, with the section as it is now when someone saved first (a stale version).
 */
export type MySectionSave = WriteResult<SafetyPlanView> | { ok: false; problem: ApiProblem; conflict: null; proposeChange: SectionChangePointer };

/** Her safety plan in her portal: every section in order, the ones she writes herself, the review date and the PDF. */
@Injectable()
export class MySafetyPlanStore {
  private readonly api = inject(MySafetyApi);
  readonly plan = signal<SafetyPlanView | null>(null);
  readonly problem = signal<string | null>(null);
  readonly loaded = signal(false);

  async load(): Promise<void> {
    try {
      this.plan.set(await firstValueFrom(this.api.plan()));
      this.problem.set(null);
    } catch (error) {
      this.problem.set(toApiProblem(error).messages.join(' '));
    }
    this.loaded.set(true);
  }

  /** Her words in one section at the version she read (0 for one not yet written). Any 409 brings the plan as it is now. */
  async saveSection(key: SafetyPlanSectionKey, body: string, version: number): Promise<MySectionSave> {
    try {
      const plan = await firstValueFrom(this.api.saveSection(key, { body, version }));
      this.plan.set(plan);
      return { ok: true, value: plan };
    } catch (error) {
      const conflict = toVersionConflict<SafetyPlanView>(error);
      if (conflict) this.plan.set(conflict.current);
      const problem = toApiProblem(error);
      const pointer = toSectionChangePointer(error);
      if (pointer) return { ok: false, problem, conflict: null, proposeChange: pointer };
      return { ok: false, problem, conflict };
    }
  }

  /** The plan as a PDF titled "My plan", named only by the date: no service name in it. */
  downloadPdf(): Promise<FileResult> {
    return fetchFile(this.api.pdf(), PLAN_FILE);
  }
}
