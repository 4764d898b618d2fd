import type { ConsultationCrossTabView } from '@beside/shared/contracts';
import { SMALL_NUMBER_THRESHOLD } from '@beside/shared/contracts';
import { answerKeys } from './consultation-results';
import type { QuestionRow } from './consultation.repository';

export const CROSS_TAB_HIDDEN = `Not shown: at least one cell has fewer than ${SMALL_NUMBER_THRESHOLD} answers, and a cross-tab is shown only when every cell has ${SMALL_NUMBER_THRESHOLD} or more.`;

/**
 * Two questions' answers side by side, over the responses that answered both: every cell, or none. A small cell could
 * single a woman out by two answers together, and a hidden one could be worked out from the totals beside it, so a
 * cross-tab with any cell below five (zero included) is not shown at all. Pure.
 */
export function crossTab(rows: QuestionRow, columns: QuestionRow, counts: { rowKey: string; columnKey: string; n: number }[]): ConsultationCrossTabView {
  const rowKeys = answerKeys(rows);
  const columnKeys = answerKeys(columns);
  const cells = rowKeys.map((r) => columnKeys.map((c) => counts.find((x) => x.rowKey === r.key && x.columnKey === c.key)?.n ?? 0));
  const shown = cells.every((row) => row.every((n) => n >= SMALL_NUMBER_THRESHOLD));
  return {
    rowsQuestionId: rows.id,
    columnsQuestionId: columns.id,
    shown,
    reason: shown ? null : CROSS_TAB_HIDDEN,
    rows: rowKeys,
    columns: columnKeys,
    cells: shown ? cells : [],
  };
}
