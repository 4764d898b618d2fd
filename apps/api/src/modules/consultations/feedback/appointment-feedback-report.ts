import {
  APPOINTMENT_FEEDBACK_STATEMENTS,
  FEEDBACK_AGREEMENT,
  SMALL_NUMBER_THRESHOLD,
  type AppointmentFeedbackReport,
  type AppointmentFeedbackStatement,
  type Dashboard,
} from '@beside/shared/contracts';
import { suppressPooledCells, type SumRelation } from '../../network-figures';
import { countCell } from '../consultation-results';
import type { FeedbackCount } from './appointment-feedback.repository';

export const STATEMENTS = Object.keys(APPOINTMENT_FEEDBACK_STATEMENTS) as AppointmentFeedbackStatement[];
const AGREEING = ['strongly_agree', 'agree'] as const;
const NOT_AGREEING = FEEDBACK_AGREEMENT.filter((a) => !(AGREEING as readonly string[]).includes(a));

/** The months from `from` to `to` ('YYYY-MM'), both included, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  for (let key = from; key <= to; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/**
 * One month's feedback as shown: counts from 1 to 4 as '<5', and the share who agree only when five or more answered
 * and neither those who agree nor those who do not are a small number the share would give away (the answers of a
 * statement, those who agree and those who do not are totals beside their parts: no hidden count can be worked out).
 */
function month(month: string, counts: FeedbackCount[]): AppointmentFeedbackReport['months'][number] {
  const count = (statement: string | null, answer: string | null) => counts.find((c) => c.month === month && c.statement === statement && c.answer === answer)?.n ?? 0;
  const cells = [countCell('responses', count(null, null))];
  const relations: SumRelation[] = [];
  for (const s of STATEMENTS) {
    const answered = FEEDBACK_AGREEMENT.reduce((sum, a) => sum + count(s, a), 0);
    const agreeing = AGREEING.reduce((sum, a) => sum + count(s, a), 0);
    cells.push(countCell(`${s}:answered`, answered), countCell(`${s}:agreeing`, agreeing), countCell(`${s}:notAgreeing`, answered - agreeing));
    cells.push(...FEEDBACK_AGREEMENT.map((a) => countCell(`${s}:${a}`, count(s, a))));
    relations.push(
      { total: `${s}:answered`, parts: FEEDBACK_AGREEMENT.map((a) => `${s}:${a}`) },
      { total: `${s}:answered`, parts: [`${s}:agreeing`, `${s}:notAgreeing`] },
      { total: `${s}:agreeing`, parts: AGREEING.map((a) => `${s}:${a}`) },
      { total: `${s}:notAgreeing`, parts: NOT_AGREEING.map((a) => `${s}:${a}`) },
    );
  }
  const shown = suppressPooledCells(cells, relations);
  const figure = (key: string) => shown.get(key) ?? 0;
  return {
    month,
    responses: figure('responses'),
    statements: STATEMENTS.map((s) => {
      const [answered, agreeing, notAgreeing] = [figure(`${s}:answered`), figure(`${s}:agreeing`), figure(`${s}:notAgreeing`)];
      const percentShown = typeof answered === 'number' && answered >= SMALL_NUMBER_THRESHOLD && typeof agreeing === 'number' && typeof notAgreeing === 'number';
      return {
        statement: s,
        words: APPOINTMENT_FEEDBACK_STATEMENTS[s],
        counts: FEEDBACK_AGREEMENT.map((answer) => ({ answer, count: figure(`${s}:${answer}`) })),
        agreePercent: percentShown ? Math.round((100 * agreeing) / answered) : null,
      };
    }),
  };
}

/** The report's months, oldest first. Pure. */
export function feedbackMonths(months: string[], counts: FeedbackCount[]): AppointmentFeedbackReport['months'] {
  return months.map((m) => month(m, counts));
}

/** The dashboard's figure: each month's responses and the share who agree they feel more able to raise concerns. */
export function advocateFeedbackTrend(months: AppointmentFeedbackReport['months']): Dashboard['advocateFeedbackTrend'] {
  return months.map((m) => ({
    month: m.month,
    // Responses stand beside no total, so they are never more than '<5'.
    responses: m.responses === 'suppressed' ? '<5' : m.responses,
    agreePercent: m.statements.find((s) => s.statement === 'raiseConcerns')?.agreePercent ?? null,
  }));
}
