import { BadRequestException } from '@nestjs/common';
import type { ConsultationAnswer } from '@beside/shared/contracts';
import type { QuestionRow } from './consultation.repository';

/** One checked answer as stored: only the field of its question's kind. */
export interface StoredValue {
  questionId: string;
  chosen?: string[];
  scale?: number;
  text?: string;
}

/**
 * Checks her answers against the questions, naming every problem (unknown question or choice, out-of-range scale,
 * text over its limit, a required question left out), so that nothing is stored unless all of it is right.
 */
export function checkAnswers(questions: QuestionRow[], answers: ConsultationAnswer[]): StoredValue[] {
  const problems: string[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const values: StoredValue[] = [];
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q) {
      problems.push(`answers: ${a.questionId} is not a question of this consultation`);
      continue;
    }
    const name = `answers: question ${q.position}`;
    if (seen.has(q.id)) {
      problems.push(`${name} is answered twice`);
      continue;
    }
    seen.add(q.id);
    const given = [a.chosen !== undefined, a.scale !== undefined, a.text !== undefined].filter(Boolean).length;
    if (q.kind === 'single' || q.kind === 'several') {
      const chosen = a.chosen ?? [];
      const keys = new Set(q.choices.map((c) => c.key));
      const unknown = chosen.filter((k) => !keys.has(k));
      if (given !== 1 || a.chosen === undefined) problems.push(`${name} needs chosen: the keys of the choices she picked`);
      else if (unknown.length) problems.push(`${name}: ${unknown.join(', ')} is not a choice of this question`);
      else if (new Set(chosen).size !== chosen.length) problems.push(`${name}: a choice is picked twice`);
      else if (q.kind === 'single' && chosen.length !== 1) problems.push(`${name} takes exactly one choice`);
      else if (q.kind === 'several' && chosen.length < 1) problems.push(`${name} needs at least one choice`);
      else values.push({ questionId: q.id, chosen });
    } else if (q.kind === 'scale') {
      if (given !== 1 || a.scale === undefined) problems.push(`${name} needs scale: a whole number from 0 to 10`);
      else if (!Number.isInteger(a.scale) || a.scale < 0 || a.scale > 10) problems.push(`${name}: scale must be from 0 to 10`);
      else values.push({ questionId: q.id, scale: a.scale });
    } else {
      const limit = q.textLimit ?? 4000;
      if (given !== 1 || a.text === undefined) problems.push(`${name} needs text`);
      else if (a.text.length > limit) problems.push(`${name}: text must be at most ${limit} characters (it has ${a.text.length})`);
      else if (a.text.trim()) values.push({ questionId: q.id, text: a.text });
      else if (q.required) problems.push(`${name} needs an answer`);
    }
  }
  for (const q of questions) {
    if (q.required && !seen.has(q.id)) problems.push(`answers: question ${q.position} needs an answer`);
  }
  if (problems.length) throw new BadRequestException(problems);
  return values;
}
