import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConsultationResultsExtras, ConsultationResultsView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../common/out-of-scope.exception';
import { findPublishedQuotes } from './consultation-quotes.repository';
import { consultationResults, themeResults } from './consultation-results';
import { countThemes, findThemes } from './consultation-themes.repository';
import { countAnswers, findQuestions, findReadableConsultation, type ConsultationRow } from './consultation.repository';

export const CONSULTATION_NOT_FOUND = 'Consultation not found';
const RESULTS_NOTE =
  'Counts from 1 to 4 are shown as "<5", and a count that could be worked out from the others is hidden. Anonymous answers are counted once at least five are waiting (all of them at close). Quotes are shown only once a second person has checked them.';

/** A consultation's results (suppressed counts, themes, published quotes) for any module that shows them, read in the caller's context (`em`) and not audited: the caller audits. */
@Injectable()
export class ConsultationResultsReader {
  /** 404 (OutOfScopeException) unless the caller may read this consultation's results. */
  async results(em: EntityManager, consultationId: string): Promise<ConsultationResultsView> {
    const row = await this.readable(em, consultationId);
    const { responses, values } = await countAnswers(em, consultationId);
    return {
      consultationId,
      title: row.title,
      note: RESULTS_NOTE,
      ...consultationResults(responses, await findQuestions(em, consultationId), values),
      themes: themeResults(await findThemes(em, consultationId), await countThemes(em, consultationId)),
      quotes: await findPublishedQuotes(em, consultationId),
    };
  }

  /** Its quotes that a second person has published; 404 unless the caller may read its results. */
  async publishedQuotes(em: EntityManager, consultationId: string): Promise<ConsultationResultsExtras['quotes']> {
    await this.readable(em, consultationId);
    return findPublishedQuotes(em, consultationId);
  }

  /** The consultation, if the caller may read its results. */
  async readable(em: EntityManager, consultationId: string): Promise<ConsultationRow> {
    const row = await findReadableConsultation(em, consultationId);
    if (!row) throw new OutOfScopeException('consultation', consultationId, false, CONSULTATION_NOT_FOUND);
    return row;
  }
}
