import type { NetworkFiguresView } from '@beside/shared/contracts';

/** RFC 4180 CSV, one line a figure: the same suppressed figures as the screen ("<5", "suppressed"), every label ours. */
export function networkFiguresCsv(view: NetworkFiguresView): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['month,measure,column,value'];
  for (const table of view.tables) {
    for (const row of table.rows) {
      table.columns.forEach((column, i) => lines.push([row.month, quote(table.title), quote(column), String(row.cells[i])].join(',')));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
