import { computed, inject, Injectable, signal, type WritableSignal } from '@angular/core';
import type { ChallengeTypeView, LetterTemplateView, SaveChallengeTypeRequest, SaveLetterTemplateRequest } from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import type { Observable } from 'rxjs';
import { ChallengeCatalogueApi } from './challenge-catalogue-api';

/**
 * The managers' editor of the catalogue: the organisation's challenge types and letter templates. A save or an archive
 * answers with the entry as it is now, which replaces the one held (or joins the list, for one of her own).
 */
@Injectable()
export class ChallengeCatalogueStore {
  private readonly api = inject(ChallengeCatalogueApi);
  readonly types = signal<ChallengeTypeView[] | null>(null);
  readonly templates = signal<LetterTemplateView[] | null>(null);
  readonly problem = signal<string | null>(null);
  /** The types a template may be written for: those in use, by name. */
  readonly activeTypes = computed(() => (this.types() ?? []).filter((t) => !t.archived));

  loadTypes(): Promise<boolean> {
    return readInto(this.api.types(), (types) => this.types.set(types), this.problem);
  }

  loadTemplates(): Promise<boolean> {
    return readInto(this.api.templates(), (templates) => this.templates.set(templates), this.problem);
  }

  /** Both lists side by side; a problem with either stays said, whichever answers last. */
  async loadAll(): Promise<boolean> {
    const typesProblem = signal<string | null>(null);
    const templatesProblem = signal<string | null>(null);
    const [types, templates] = await Promise.all([
      readInto(this.api.types(), (list) => this.types.set(list), typesProblem),
      readInto(this.api.templates(), (list) => this.templates.set(list), templatesProblem),
    ]);
    this.problem.set(typesProblem() ?? templatesProblem());
    return types && templates;
  }

  type(key: string): ChallengeTypeView | null {
    return this.types()?.find((t) => t.key === key) ?? null;
  }

  template(key: string): LetterTemplateView | null {
    return this.templates()?.find((t) => t.key === key) ?? null;
  }

  saveType(key: string, request: SaveChallengeTypeRequest): Promise<WriteResult<ChallengeTypeView>> {
    return this.keep(this.api.saveType(key, request), this.types);
  }

  archiveType(key: string): Promise<WriteResult<ChallengeTypeView>> {
    return this.keep(this.api.archiveType(key), this.types);
  }

  saveTemplate(key: string, request: SaveLetterTemplateRequest): Promise<WriteResult<LetterTemplateView>> {
    return this.keep(this.api.saveTemplate(key, request), this.templates);
  }

  archiveTemplate(key: string): Promise<WriteResult<LetterTemplateView>> {
    return this.keep(this.api.archiveTemplate(key), this.templates);
  }

  private async keep<T extends { key: string }>(request: Observable<T>, list: WritableSignal<T[] | null>): Promise<WriteResult<T>> {
    const result = await attemptWrite<T>(request);
    if (result.ok) {
      const saved = result.value;
      const held = list() ?? [];
      list.set(held.some((e) => e.key === saved.key) ? held.map((e) => (e.key === saved.key ? saved : e)) : [...held, saved]);
    }
    return result;
  }
}
