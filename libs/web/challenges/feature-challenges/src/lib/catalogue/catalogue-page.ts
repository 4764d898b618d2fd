import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { LetterTemplateView } from '@beside/shared/contracts';
import { catalogueOrigin, ChallengeCatalogueStore } from '@beside/web/challenges/data-access';
import { FlashNotice } from '@beside/web/core';
import { Notice, PageHeader, StatusTag } from '@beside/web/ui';
import { ORIGIN, stagesInWords } from './catalogue-words';

/** The organisation's challenge types and letter templates: the defaults, its changes and its own, archived ones apart. */
@Component({
  selector: 'bs-catalogue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, PageHeader, StatusTag],
  providers: [ChallengeCatalogueStore],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
})
export class CataloguePage {
  protected readonly store = inject(ChallengeCatalogueStore);
  protected readonly said = signal(inject(FlashNotice).take());
  protected readonly origin = ORIGIN;
  protected readonly stagesInWords = stagesInWords;
  private readonly types = computed(() =>
    (this.store.types() ?? []).map((t) => ({ ...t, origin: catalogueOrigin(t) })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );
  protected readonly activeTypes = computed(() => this.types().filter((t) => !t.archived));
  protected readonly archivedTypes = computed(() => this.types().filter((t) => t.archived));
  private readonly templates = computed(() =>
    (this.store.templates() ?? []).map((t) => ({ ...t, origin: catalogueOrigin(t), for: this.writtenFor(t) })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  );
  protected readonly activeTemplates = computed(() => this.templates().filter((t) => !t.archived));
  protected readonly archivedTemplates = computed(() => this.templates().filter((t) => t.archived));

  constructor() {
    void this.store.loadAll();
  }

  /** Which challenge and stage a template is written for, in words: "NHS complaint: Complaint made", or any. */
  private writtenFor(template: LetterTemplateView): string {
    if (!template.challengeTypeKey) return 'Any challenge';
    const type = this.store.type(template.challengeTypeKey);
    const typeName = type?.name ?? template.challengeTypeKey;
    if (!template.stageKey) return `${typeName}, any stage`;
    const stage = type?.stages.find((s) => s.key === template.stageKey);
    return `${typeName}: ${stage?.name ?? template.stageKey}`;
  }
}
