import { crossTab } from './consultation-cross-tab';
import type { QuestionRow } from './consultation.repository';

const question = (id: string): QuestionRow => ({
  id,
  position: 1,
  kind: 'single',
  words: id,
  easyRead: null,
  secondLanguageWords: null,
  choices: [{ key: 'yes', words: 'Yes' }, { key: 'no', words: 'No' }],
  required: true,
  textLimit: null,
});
const cells = (n: [number, number, number, number]) =>
  [['yes', 'yes'], ['yes', 'no'], ['no', 'yes'], ['no', 'no']].map(([rowKey, columnKey], i) => ({ rowKey, columnKey, n: n[i] }));

describe('crossTab', () => {
  it('should show every cell when all are five or more', () => {
    expect(crossTab(question('a'), question('b'), cells([5, 6, 7, 8]))).toMatchObject({ shown: true, reason: null, cells: [[5, 6], [7, 8]] });
  });

  it('should show no cell at all when any is below five, zero included', () => {
    for (const n of [[5, 6, 7, 4], [5, 6, 7, 0]] as [number, number, number, number][]) {
      const view = crossTab(question('a'), question('b'), cells(n));
      expect(view).toMatchObject({ shown: false, cells: [] });
      expect(view.reason).toMatch(/fewer than 5/);
    }
  });
});
