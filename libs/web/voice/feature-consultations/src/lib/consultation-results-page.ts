import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ConsultationResultsView } from '@beside/shared/contracts';
import { SessionStore } from '@beside/web/core';
import { ConsultationResultsStore, consultationResultsCsvUrl } from '@beside/web/voice/data-access';
import { Notice, PageHeader } from '@beside/web/ui';
import { countWords } from './consultation-words';
import { CrossTabSection } from './cross-tab-section';
import { ResultBars } from './result-bars';

/** What women said, as counts that identify no one: a chart and its figures per question, themes, reviewed quotes. */
@Component({
  selector: 'bs-consultation-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, Notice, PageHeader, CrossTabSection, ResultBars],
  providers: [ConsultationResultsStore],
  templateUrl: './consultation-results-page.html',
  styleUrl: './consultation-results-page.scss',
})
export class ConsultationResultsPage {
  readonly consultationId = input.required<string>();
  protected readonly store = inject(ConsultationResultsStore);
  protected readonly manages = inject(SessionStore).can('consultation:manage');
  protected readonly count = countWords;
  protected readonly protection = 'Counts from 1 to 4 show as “<5”, and a count that would let someone work one out is hidden to protect anonymity.';
  protected readonly csv = computed(() => consultationResultsCsvUrl(this.consultationId()));
  /** Each theme's published quotes under it; quotes with no theme after them. */
  protected readonly themed = computed(() => themedQuotes(this.store.results()));

  constructor() {
    effect(() => {
      const id = this.consultationId();
      untracked(() => void this.store.load(id));
    });
  }
}

function themedQuotes(results: ConsultationResultsView | null) {
  if (!results) return { themes: [], loose: [] };
  return {
    themes: results.themes.map((t) => ({ ...t, quotes: results.quotes.filter((q) => q.themeId === t.id) })),
    loose: results.quotes.filter((q) => !q.themeId || !results.themes.some((t) => t.id === q.themeId)),
  };
}
