import type { RiskAnswerOption, RiskChecklistBody, RiskQuestion } from '@beside/shared/contracts';

export interface ImportedChecklist {
  /** The checklist read, put in the editor to look over before it is saved; null when it could not be read. */
  body: (RiskChecklistBody & { key?: string }) | null;
  /** What stops it being read, each in words. The API checks the rest when it is saved. */
  problems: string[];
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Reads a checklist pasted or chosen as a JSON file, in the shape the API takes (name, guidance, source, thresholds,
 * questions with their options). Only a light check: enough to fill the editor; the API names anything else wrong.
 */
export function readChecklistJson(json: string): ImportedChecklist {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { body: null, problems: ['This is not JSON that Beside can read: check it was copied whole, with its braces and quotation marks.'] };
  }
  if (!isObject(raw)) return { body: null, problems: ['The JSON must be one checklist: an object with a name, thresholds and questions.'] };
  const problems: string[] = [];
  if (!text(raw['name']).trim()) problems.push('The checklist has no "name".');
  if (!Array.isArray(raw['questions']) || raw['questions'].length === 0) problems.push('The checklist has no "questions": a list of at least one question.');
  const thresholds = isObject(raw['thresholds']) ? raw['thresholds'] : null;
  if (!thresholds) problems.push('The checklist has no "thresholds": { "medium", "high", "marac" }.');
  const questions = (Array.isArray(raw['questions']) ? raw['questions'] : []).map((q, i) => readQuestion(q, i, problems));
  if (problems.length) return { body: null, problems };
  const number = (name: string): number => (typeof thresholds?.[name] === 'number' ? (thresholds[name] as number) : NaN);
  return {
    body: {
      ...(typeof raw['key'] === 'string' ? { key: raw['key'] } : {}),
      name: text(raw['name']),
      guidance: text(raw['guidance']),
      source: text(raw['source']),
      thresholds: { medium: number('medium'), high: number('high'), marac: number('marac') },
      questions,
    },
    problems,
  };
}

function readQuestion(q: unknown, i: number, problems: string[]): RiskQuestion {
  const at = `Question ${i + 1}`;
  if (!isObject(q)) {
    problems.push(`${at} is not an object with "text" and "options".`);
    return { key: '', text: '', guidance: null, required: false, options: [] };
  }
  if (!text(q['text']).trim()) problems.push(`${at} has no "text".`);
  if (!Array.isArray(q['options'])) problems.push(`${at} has no "options": a list of answers, each with a "label" and a "weight".`);
  const options: RiskAnswerOption[] = (Array.isArray(q['options']) ? q['options'] : []).map((o) => ({
    key: isObject(o) ? text(o['key']) : '',
    label: isObject(o) ? text(o['label']) : '',
    weight: isObject(o) && typeof o['weight'] === 'number' ? o['weight'] : NaN,
  }));
  return { key: text(q['key']), text: text(q['text']), guidance: typeof q['guidance'] === 'string' ? q['guidance'] : null, required: q['required'] === true, options };
}
