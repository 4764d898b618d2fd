import type { FormGroup } from '@angular/forms';
import type { ApiProblem, FieldDescriptions, FormErrorItem } from '@beside/web/core';

const PATH = /^(questions\.\d+(?:\.options\.\d+)?(?:\.[a-z]+)?|thresholds(?:\.[a-z]+)?|name|guidance|source|key)(?: \(([^)]*)\))?(:\s*|\s+)(.+)$/s;

/** "questions.2.options.1.weight" → "Question 3, answer 2, weight"; "thresholds.marac" → "The MARAC threshold". */
export function pathInWords(path: string, key?: string): string {
  const q = /^questions\.(\d+)(?:\.options\.(\d+))?(?:\.([a-z]+))?$/.exec(path);
  if (q) {
    const parts = [`Question ${Number(q[1]) + 1}${key ? ` (${key})` : ''}`];
    if (q[2] !== undefined) parts.push(`answer ${Number(q[2]) + 1}`);
    if (q[3]) parts.push(q[3]);
    return parts.join(', ');
  }
  const t = /^thresholds(?:\.([a-z]+))?$/.exec(path);
  if (t) return t[1] ? (t[1] === 'marac' ? 'The MARAC threshold' : `The ${t[1]} threshold`) : 'Thresholds';
  return path.charAt(0).toUpperCase() + path.slice(1);
}

/** The field a message is about: the very one, or the first of its question, answer or thresholds. */
function fieldFor(path: string, fields: FieldDescriptions): string | null {
  const candidates = [path, `${path}.text`, `${path}.label`, path === 'thresholds' ? 'thresholds' : ''];
  return candidates.find((c) => c && fields[c]) ?? null;
}

/**
 * The API names each problem with a checklist by its path ("questions.2 (fear): a question needs at least two answers",
 * "thresholds must keep medium ≤ high ≤ marac (here 25, 20, 20)"): every one is shown, in the summary and on its field,
 * with the path put in words. Messages about nothing on the form stay as they are.
 */
export function placeChecklistMessages(form: FormGroup, problem: ApiProblem, fields: FieldDescriptions): FormErrorItem[] {
  const items: FormErrorItem[] = [];
  for (const message of problem.messages) {
    const match = PATH.exec(message);
    const name = match ? fieldFor(match[1], fields) : null;
    if (!match || !name) {
      items.push({ message });
      continue;
    }
    const text = `${pathInWords(match[1], match[2])}${match[3].startsWith(':') ? ': ' : ' '}${match[4]}`;
    const control = form.get(name);
    control?.setErrors({ ...(control.errors ?? {}), server: text });
    control?.markAsTouched();
    items.push({ fieldId: fields[name].id, message: text });
  }
  return items;
}
