import { FormGroup } from '@angular/forms';
import { checklistFields, checklistForm } from './checklist-form';
import { readChecklistJson } from './checklist-import';
import { pathInWords, placeChecklistMessages } from './checklist-problems';
import { version } from './settings-examples.testing';

describe('reading a checklist from JSON', () => {
  it('should read a checklist in the API’s shape, with its key', () => {
    const { key: _k, ...body } = { key: 'x', ...version() };
    const read = readChecklistJson(JSON.stringify({ key: 'licensed', ...body }));
    expect(read.problems).toEqual([]);
    expect(read.body?.key).toBe('licensed');
    expect(read.body?.questions[0].options[1]).toEqual({ key: 'yes', label: 'Yes', weight: 3 });
  });

  it('should name what stops it being read', () => {
    expect(readChecklistJson('{ "name": ').problems[0]).toContain('not JSON');
    expect(readChecklistJson('[]').problems).toEqual(['The JSON must be one checklist: an object with a name, thresholds and questions.']);
    expect(readChecklistJson(JSON.stringify({ questions: [{ options: [] }, 'x'] })).problems).toEqual([
      'The checklist has no "name".',
      'The checklist has no "thresholds": { "medium", "high", "marac" }.',
      'Question 1 has no "text".',
      'Question 2 is not an object with "text" and "options".',
    ]);
  });
});

describe('the API’s problems with a checklist', () => {
  it('should put each on its field, in words, and keep the others', () => {
    const form = checklistForm(version(), false);
    const items = placeChecklistMessages(
      form as unknown as FormGroup,
      {
        status: 400,
        requestId: null,
        retryAfterSeconds: null,
        messages: [
          'thresholds must keep medium ≤ high ≤ marac (here 25, 20, 20)',
          'questions.1 (stalking): a question needs at least two answers',
          'questions.0.options.1.weight must not be greater than 100',
          'Something else',
        ],
      },
      checklistFields(form),
    );
    expect(items).toEqual([
      { fieldId: 'threshold-medium', message: 'Thresholds must keep medium ≤ high ≤ marac (here 25, 20, 20)' },
      { fieldId: 'q-1-text', message: 'Question 2 (stalking): a question needs at least two answers' },
      { fieldId: 'q-0-o-1-weight', message: 'Question 1, answer 2, weight must not be greater than 100' },
      { message: 'Something else' },
    ]);
    expect(form.controls.thresholds.errors).toEqual({ server: 'Thresholds must keep medium ≤ high ≤ marac (here 25, 20, 20)' });
    expect(pathInWords('thresholds.marac')).toBe('The MARAC threshold');
  });
});
