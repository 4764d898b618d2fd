import { BadRequestException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConsultationCount, ConsultationResultsView, FindingEvidenceView } from '@beside/shared/contracts';
import { OutOfScopeException } from '../../../common/out-of-scope.exception';
import { ConsultationResultsReader } from '../../consultations';
import { consultationsInReach, type ConsultationInReach } from '../consultations-in-reach.repository';
import type { EvidenceRow, NewEvidence } from './finding.repository';
import type { FindingEvidenceDto } from './panel.dto';

/** A count as the results show it: a number, "<5", or "not shown" where it could give a small number away. */
export function countWords(count: ConsultationCount): string {
  return count === 'suppressed' ? 'not shown' : String(count);
}

/** The figures a piece of evidence points at, worded as in the results: "Housing: 14 of 31", "Housing: <5". */
export function evidenceFigures(results: ConsultationResultsView, e: Pick<EvidenceRow, 'questionId' | 'themeId'>): string[] {
  const question = results.questions.find((q) => q.questionId === e.questionId);
  const theme = results.themes.find((t) => t.id === e.themeId);
  const figures: string[] = [];
  if (question) {
    const of = typeof question.answered === 'number' ? ` of ${question.answered}` : '';
    figures.push(...question.counts.map((c) => `${c.words}: ${countWords(c.count)}${typeof c.count === 'number' ? of : ''}`));
    if (!question.counts.length) figures.push(`${question.words}: ${countWords(question.answered)} answered`);
  }
  if (theme) figures.push(`${theme.name}: ${countWords(theme.answers)} answers`);
  if (!question && !theme) figures.push(`Responses: ${countWords(results.responses)}`);
  return figures;
}

/**
 * A finding's evidence: each piece points at a consultation whose results the organisation may read (its own or a
 * network-wide one, not a draft: row-level security decides), and within it at one of its questions, themes or
 * published quotes. Figures are read from the results each time, so they are always the suppressed ones.
 */
@Injectable()
export class FindingEvidence {
  constructor(private readonly reader: ConsultationResultsReader) {}

  /** The evidence as stored, or a 404 (a consultation out of reach) or 400 naming each problem. */
  async check(em: EntityManager, evidence: FindingEvidenceDto[]): Promise<NewEvidence[]> {
    const reach = await this.reach(em, evidence.map((e) => e.consultationId));
    const problems: string[] = [];
    const rows: NewEvidence[] = [];
    for (const [i, e] of evidence.entries()) {
      const name = `evidence[${i}]`;
      const consultation = reach.get(e.consultationId);
      if (!consultation || consultation.row.draft) throw new OutOfScopeException('consultation', e.consultationId, false, `${name}.consultationId: consultation not found`);
      const { results } = consultation;
      if (e.questionId && !results.questions.some((q) => q.questionId === e.questionId)) problems.push(`${name}.questionId: not a question of this consultation`);
      if (e.themeId && !results.themes.some((t) => t.id === e.themeId)) problems.push(`${name}.themeId: not a theme of this consultation`);
      if (e.quoteId && !results.quotes.some((q) => q.id === e.quoteId)) problems.push(`${name}.quoteId: not a published quote of this consultation`);
      rows.push({
        consultationOrganisationId: consultation.row.organisationId,
        consultationId: e.consultationId,
        questionId: e.questionId ?? null,
        themeId: e.themeId ?? null,
        quoteId: e.quoteId ?? null,
        note: e.note.trim(),
      });
    }
    if (problems.length) throw new BadRequestException(problems);
    return rows;
  }

  /** Each finding's evidence as shown, with the figures, theme and quote it points at. */
  async views(em: EntityManager, rows: EvidenceRow[]): Promise<Map<string, FindingEvidenceView[]>> {
    const reach = await this.reach(em, rows.map((r) => r.consultationId));
    const views = new Map<string, FindingEvidenceView[]>();
    for (const r of rows) {
      const results = reach.get(r.consultationId)?.results;
      const view: FindingEvidenceView = {
        id: r.id,
        consultationId: r.consultationId,
        consultationTitle: results?.title ?? 'A consultation no longer in reach',
        questionId: r.questionId,
        themeId: r.themeId,
        quoteId: r.quoteId,
        note: r.note,
        figures: results ? evidenceFigures(results, r) : [],
        themeName: results?.themes.find((t) => t.id === r.themeId)?.name ?? null,
        quoteWords: results?.quotes.find((q) => q.id === r.quoteId)?.words ?? null,
      };
      views.set(r.findingId, [...(views.get(r.findingId) ?? []), view]);
    }
    return views;
  }

  private async reach(em: EntityManager, ids: string[]): Promise<Map<string, { row: ConsultationInReach; results: ConsultationResultsView }>> {
    const rows = await consultationsInReach(em, [...new Set(ids)]);
    const reach = new Map<string, { row: ConsultationInReach; results: ConsultationResultsView }>();
    for (const row of rows) reach.set(row.id, { row, results: await this.reader.results(em, row.id) });
    return reach;
  }
}
