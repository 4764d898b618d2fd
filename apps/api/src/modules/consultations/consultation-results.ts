import type { ConsultationQuestionResult, ConsultationThemeView } from '@beside/shared/contracts';
import { MIN_CONTRIBUTING_ORGANISATIONS, suppressPooledCells, type PooledCell, type SumRelation } from '../network-figures';
import type { ThemeRow } from './consultation-themes.repository';
import type { QuestionRow } from './consultation.repository';

export const TEXT_NOT_SHOWN =
  'Free-text answers are not shown: staff tag them into themes (counted below), and a quote is published only after a second person has checked it for anything that could identify her.';

/** A count as a cell of the suppression rules: one organisation's own figures, so the organisations rule never applies. */
export const countCell = (key: string, total: number): PooledCell => ({ key, total, organisations: MIN_CONTRIBUTING_ORGANISATIONS });

/** Themes with how many answers carry each, 1–4 as '<5' (an answer may carry several themes: no total to subtract from). */
export function themeResults(themes: ThemeRow[], counts: Map<string, number>): ConsultationThemeView[] {
  const shown = suppressPooledCells(themes.map((t) => countCell(t.id, counts.get(t.id) ?? 0)));
  return themes.map((t) => ({ id: t.id, name: t.name, description: t.description, answers: shown.get(t.id) ?? 0 }));
}

/** The answers a question is counted by: its choices, or the scale's values '0' to '10'; none for free text. */
export function answerKeys(q: QuestionRow): { key: string; words: string }[] {
  if (q.kind === 'scale') return Array.from({ length: 11 }, (_, i) => ({ key: String(i), words: String(i) }));
  return q.kind === 'text' ? [] : q.choices.map((c) => ({ key: c.key, words: c.words }));
}

/**
 * The results as counts a question and a choice (or scale value), with the rules of network-figures-suppression:
 * a count from 1 to 4 is '<5', and wherever a total stands beside its parts (the answers to a single-choice or
 * scale question beside how many answered it; a required question's answers beside all responses) no hidden cell
 * can be worked out by subtraction or by its bounds. Pure.
 */
export function consultationResults(
  responses: number,
  questions: QuestionRow[],
  counts: { questionId: string; key: string | null; n: number }[],
): { responses: ConsultationQuestionResult['answered']; questions: ConsultationQuestionResult[] } {
  const count = (questionId: string, key: string | null) => counts.find((c) => c.questionId === questionId && c.key === key)?.n ?? 0;
  const cells: PooledCell[] = [countCell('responses', responses)];
  const relations: SumRelation[] = [];
  for (const q of questions) {
    cells.push(countCell(`${q.id}:answered`, count(q.id, null)));
    const parts = answerKeys(q).map((k) => countCell(`${q.id}:${k.key}`, count(q.id, k.key)));
    cells.push(...parts);
    if (q.kind === 'single' || q.kind === 'scale') relations.push({ total: `${q.id}:answered`, parts: parts.map((p) => p.key) });
    if (q.required) relations.push({ total: 'responses', parts: [`${q.id}:answered`] });
  }
  const shown = suppressPooledCells(cells, relations);
  const figure = (key: string) => shown.get(key) ?? 0;
  return {
    responses: figure('responses'),
    questions: questions.map((q) => ({
      questionId: q.id,
      kind: q.kind,
      words: q.words,
      answered: figure(`${q.id}:answered`),
      counts: answerKeys(q).map((k) => ({ key: k.key, words: k.words, count: figure(`${q.id}:${k.key}`) })),
      ...(q.kind === 'text' ? { note: TEXT_NOT_SHOWN } : {}),
    })),
  };
}
