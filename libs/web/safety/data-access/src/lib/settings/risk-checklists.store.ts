import { computed, inject, Injectable, signal } from '@angular/core';
import type { CreateRiskChecklistRequest, RiskChecklistBody, RiskChecklistVersionView, RiskChecklistView } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { RiskChecklistsApi } from './risk-checklists-api';

/**
 * The managers' editor of risk checklists: the one shipped with Beside, the organisation's versions of it and its own.
 * Every write answers with the checklist as it is now, which replaces the one held (or joins the list).
 */
@Injectable()
export class RiskChecklistsStore {
  private readonly api = inject(RiskChecklistsApi);
  readonly checklists = signal<RiskChecklistView[] | null>(null);
  readonly problem = signal<string | null>(null);
  readonly active = computed(() => (this.checklists() ?? []).filter((c) => !c.archived));
  readonly archived = computed(() => (this.checklists() ?? []).filter((c) => c.archived));

  load(): Promise<boolean> {
    return readInto(this.api.list(), (list) => this.checklists.set(list), this.problem);
  }

  checklist(key: string): RiskChecklistView | null {
    return this.checklists()?.find((c) => c.key === key) ?? null;
  }

  /** One version of a checklist, or its current one when `version` is left out. */
  version(key: string, version?: number): RiskChecklistVersionView | null {
    const checklist = this.checklist(key);
    if (!checklist) return null;
    return checklist.versions.find((v) => v.version === (version ?? checklist.currentVersion)) ?? null;
  }

  create(request: CreateRiskChecklistRequest, idempotencyKey?: string): Promise<WriteResult<RiskChecklistView>> {
    return this.keep(this.api.create(request, idempotencyKey));
  }

  addVersion(key: string, body: RiskChecklistBody, idempotencyKey?: string): Promise<WriteResult<RiskChecklistView>> {
    return this.keep(this.api.addVersion(key, body, idempotencyKey));
  }

  editVersion(key: string, version: number, body: RiskChecklistBody): Promise<WriteResult<RiskChecklistView>> {
    return this.keep(this.api.editVersion(key, version, body));
  }

  archive(key: string): Promise<WriteResult<RiskChecklistView>> {
    return this.keep(this.api.archive(key));
  }

  private async keep(request: Observable<RiskChecklistView>): Promise<WriteResult<RiskChecklistView>> {
    const result = await attemptWrite<RiskChecklistView>(request);
    if (result.ok) {
      const saved = result.value;
      const held = this.checklists() ?? [];
      this.checklists.set(held.some((c) => c.key === saved.key) ? held.map((c) => (c.key === saved.key ? saved : c)) : [...held, saved]);
    }
    return result;
  }
}

/** What a version says, without what the list adds: the start of a new version, or of an edit. */
export function checklistBodyOf(version: RiskChecklistBody): RiskChecklistBody {
  return {
    name: version.name,
    guidance: version.guidance,
    source: version.source,
    thresholds: { ...version.thresholds },
    questions: version.questions.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o })) })),
  };
}
