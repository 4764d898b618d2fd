import type { RiskChecklistBody } from '@beside/shared/contracts';

/** A checklist's key, and its questions' and answers' keys: lower-case letters, digits and _, starting with a letter. */
export const CHECKLIST_KEY = /^[a-z][a-z0-9_]{1,39}$/;
export const ITEM_KEY = /^[a-z][a-z0-9_]{0,39}$/;

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);
const twice = (keys: string[]) => [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];

/**
 * The rules a checklist version keeps beyond its shape: at least one question, keys used once, at least two answers a
 * question, whole-number weights 0–100, and thresholds that are positive whole numbers with medium ≤ high ≤ marac.
 */
export function checklistProblems(body: RiskChecklistBody): string[] {
  const problems: string[] = [];
  if (!body.questions?.length) problems.push('questions: a checklist needs at least one question');
  const keys = (body.questions ?? []).map((q) => q.key);
  for (const key of twice(keys)) problems.push(`questions: the key '${key}' is used twice`);
  for (const [i, q] of (body.questions ?? []).entries()) {
    const at = `questions.${i} (${q.key})`;
    if (!ITEM_KEY.test(q.key ?? '')) problems.push(`${at}: key must be lower-case letters, digits and _, starting with a letter`);
    const options = q.options ?? [];
    if (options.length < 2) problems.push(`${at}: a question needs at least two answers`);
    for (const key of twice(options.map((o) => o.key))) problems.push(`${at}: the answer key '${key}' is used twice`);
    for (const o of options) {
      if (!ITEM_KEY.test(o.key ?? '')) problems.push(`${at}: answer key '${o.key}' must be lower-case letters, digits and _, starting with a letter`);
      if (!isWhole(o.weight) || o.weight < 0 || o.weight > 100) problems.push(`${at}: the weight of '${o.key}' must be a whole number from 0 to 100`);
    }
  }
  const t = body.thresholds;
  const named = { medium: t?.medium, high: t?.high, marac: t?.marac };
  const bad = Object.entries(named).filter(([, v]) => !isWhole(v) || v < 1);
  for (const [name] of bad) problems.push(`thresholds.${name} must be a positive whole number`);
  if (!bad.length && !(t.medium <= t.high && t.high <= t.marac)) problems.push(`thresholds must keep medium ≤ high ≤ marac (here ${t.medium}, ${t.high}, ${t.marac})`);
  return problems;
}
