import { inject, Injectable, signal } from '@angular/core';
import type {
  ConsultationQuoteView,
  ConsultationTextView,
  ConsultationThemeView,
  ProposeQuoteRequest,
  ReviewQuoteRequest,
  ThemeRequest,
} from '@beside/shared/contracts';
import { attemptWrite, readInto, type WriteResult } from '@beside/web/core';
import { firstValueFrom } from 'rxjs';
import { ConsultationsApi } from './consultations-api';

/**
 * The free-text work behind a consultation's results, for staff only: tagging answers into themes, proposing quotes
 * with identifying bits cut, and a second person's review before any quote is published.
 */
@Injectable()
export class ConsultationTextsStore {
  private readonly api = inject(ConsultationsApi);
  private consultationId: string | null = null;
  readonly themes = signal<ConsultationThemeView[]>([]);
  readonly texts = signal<ConsultationTextView[] | null>(null);
  readonly quotes = signal<ConsultationQuoteView[] | null>(null);
  readonly problem = signal<string | null>(null);

  /** The consultation's themes (from its results) and its quotes. */
  async load(consultationId: string): Promise<boolean> {
    this.consultationId = consultationId;
    const [results, quotes] = await Promise.all([
      readInto(this.api.results(consultationId), (r) => this.themes.set(r.themes), this.problem),
      readInto(this.api.quotes(consultationId), (q) => this.quotes.set(q), this.problem),
    ]);
    return results && quotes;
  }

  /** The free-text answers to one question, in the API's random order. */
  loadTexts(questionId: string): Promise<boolean> {
    this.texts.set(null);
    return readInto(this.api.texts(this.id(), questionId), (texts) => this.texts.set(texts), this.problem);
  }

  async createTheme(request: ThemeRequest, idempotencyKey?: string): Promise<WriteResult<ConsultationThemeView>> {
    const result = await attemptWrite(this.api.createTheme(this.id(), request, idempotencyKey));
    if (result.ok) this.themes.update((themes) => [...themes, result.value]);
    return result;
  }

  async renameTheme(themeId: string, request: Partial<ThemeRequest>): Promise<WriteResult<ConsultationThemeView>> {
    const result = await attemptWrite(this.api.updateTheme(this.id(), themeId, request));
    if (result.ok) this.themes.update((themes) => themes.map((t) => (t.id === themeId ? result.value : t)));
    return result;
  }

  /** Removes a theme; the answers tagged with it keep their other themes, its quotes stay without one. */
  async deleteTheme(themeId: string): Promise<WriteResult<void>> {
    const result = await attemptWrite(this.api.deleteTheme(this.id(), themeId));
    if (result.ok) {
      this.themes.update((themes) => themes.filter((t) => t.id !== themeId));
      this.texts.update((texts) => texts?.map((t) => ({ ...t, themeIds: t.themeIds.filter((id) => id !== themeId) })) ?? null);
      this.quotes.update((quotes) => quotes?.map((q) => (q.themeId === themeId ? { ...q, themeId: null } : q)) ?? null);
    }
    return result;
  }

  /** Sets an answer's themes; the theme counts are read again, as the API suppresses them. */
  async tag(textId: string, themeIds: string[]): Promise<WriteResult<ConsultationTextView>> {
    const result = await attemptWrite(this.api.tagText(this.id(), textId, { themeIds }));
    if (result.ok) {
      this.texts.update((texts) => texts?.map((t) => (t.id === textId ? result.value : t)) ?? null);
      await this.refreshThemes();
    }
    return result;
  }

  async propose(request: ProposeQuoteRequest, idempotencyKey?: string): Promise<WriteResult<ConsultationQuoteView>> {
    const result = await attemptWrite(this.api.proposeQuote(this.id(), request, idempotencyKey));
    if (result.ok) this.quotes.update((quotes) => [...(quotes ?? []), result.value]);
    return result;
  }

  /** Publish or reject, by someone other than the proposer (the API answers 409 to her own). */
  async review(quoteId: string, request: ReviewQuoteRequest, idempotencyKey?: string): Promise<WriteResult<ConsultationQuoteView>> {
    const result = await attemptWrite(this.api.reviewQuote(this.id(), quoteId, request, idempotencyKey));
    if (result.ok) this.quotes.update((quotes) => quotes?.map((q) => (q.id === quoteId ? result.value : q)) ?? null);
    return result;
  }

  private async refreshThemes(): Promise<void> {
    try {
      this.themes.set((await firstValueFrom(this.api.results(this.id()))).themes);
    } catch {
      // The tag is saved; the counts show again when the page is next opened.
    }
  }

  private id(): string {
    if (!this.consultationId) throw new Error('No consultation is open');
    return this.consultationId;
  }
}
