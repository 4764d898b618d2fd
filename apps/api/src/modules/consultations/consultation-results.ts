import type { ConsultationQuestionResult } from '@beside/shared/contracts';
import { MIN_CONTRIBUTING_ORGANISATIONS, suppressPooledCells, type PooledCell, type SumRelation } from '../network-figures';
import type { QuestionRow } from './consultation.repository';

export const TEXT_NOT_SHOWN =
  'Free-text answers are not shown yet: in phase 2 staff tag them into themes, and a quote is published only after a second person has checked it for anything that could identify her.';

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
  const cell = (key: string, total: number): PooledCell => ({ key, total, organisations: MIN_CONTRIBUTING_ORGANISATIONS });
  const cells: PooledCell[] = [cell('responses', responses)];
  const relations: SumRelation[] = [];
  const keysOf = (q: QuestionRow): { key: string; words: string }[] =>
    q.kind === 'scale' ? Array.from({ length: 11 }, (_, i) => ({ key: String(i), words: String(i) })) : q.kind === 'text' ? [] : q.choices.map((c) => ({ key: c.key, words: c.words }));
  for (const q of questions) {
    cells.push(cell(`${q.id}:answered`, count(q.id, null)));
    const parts = keysOf(q).map((k) => cell(`${q.id}:${k.key}`, count(q.id, k.key)));
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
      counts: keysOf(q).map((k) => ({ key: k.key, words: k.words, count: figure(`${q.id}:${k.key}`) })),
      ...(q.kind === 'text' ? { note: TEXT_NOT_SHOWN } : {}),
    })),
  };
}
