import type { ConsultationResultsView } from '@beside/shared/contracts';
import { csvCell } from '../audit';

/**
 * The results as CSV (question, answer, count): exactly the figures of the results view, suppression included, so a
 * spreadsheet can derive nothing the page does not show. Themes are listed under "Themes". RFC 4180, formulas defused.
 */
export function consultationResultsCsv(results: ConsultationResultsView): string {
  const rows: unknown[][] = [['question', 'answer', 'count'], ['All responses', '', results.responses]];
  for (const q of results.questions) {
    rows.push([q.words, 'Answered', q.answered]);
    for (const c of q.counts) rows.push([q.words, c.words, c.count]);
  }
  for (const t of results.themes) rows.push(['Themes', t.name, t.answers]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
