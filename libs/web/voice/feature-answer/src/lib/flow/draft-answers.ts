import { CONSULTATION_TEXT_LIMIT_MAX, type ConsultationAnswer, type ConsultationQuestionView } from '@beside/shared/contracts';
import type { DraftAnswer, DraftAnswers } from '@beside/web/voice/data-access';

/** Which words she reads: the easy-read ones, or the consultation's second language, when she asks and they exist. */
export interface Wording {
  easyRead: boolean;
  secondLanguage: string | null;
}

interface Worded {
  words: string;
  easyRead?: string | null;
  secondLanguageWords?: string | null;
}

/** The words to show and, for the second language, its code (for the `lang` attribute a screen reader follows). */
export function wordsOf(item: Worded, wording: Wording): { text: string; lang: string | null } {
  if (wording.secondLanguage && item.secondLanguageWords) return { text: item.secondLanguageWords, lang: wording.secondLanguage };
  if (wording.easyRead && item.easyRead) return { text: item.easyRead, lang: null };
  return { text: item.words, lang: null };
}

export function textLimit(question: ConsultationQuestionView): number {
  return question.textLimit ?? CONSULTATION_TEXT_LIMIT_MAX;
}

export function isAnswered(question: ConsultationQuestionView, answer: DraftAnswer | undefined): boolean {
  switch (question.kind) {
    case 'single':
    case 'several':
      return !!answer?.chosen?.length;
    case 'scale':
      return typeof answer?.scale === 'number';
    case 'text':
      return !!answer?.text?.trim();
  }
}

/** What stops her going on from a question, in plain words; null when nothing does. */
export function problemWith(question: ConsultationQuestionView, answer: DraftAnswer | undefined): string | null {
  if (question.kind === 'text' && (answer?.text?.length ?? 0) > textLimit(question)) {
    return `Make your answer shorter: up to ${textLimit(question).toLocaleString('en-GB')} characters`;
  }
  if (!question.required || isAnswered(question, answer)) return null;
  switch (question.kind) {
    case 'single':
      return 'Choose an answer';
    case 'several':
      return 'Choose at least one answer';
    case 'scale':
      return 'Choose a number from 0 to 10';
    case 'text':
      return 'Write your answer';
  }
}

/** The answers as the API takes them: only the questions she answered, text without spaces around it. */
export function toAnswers(questions: ConsultationQuestionView[], drafts: DraftAnswers): ConsultationAnswer[] {
  return questions
    .filter((q) => isAnswered(q, drafts[q.id]))
    .map((q): ConsultationAnswer => {
      const draft = drafts[q.id];
      if (q.kind === 'scale') return { questionId: q.id, scale: draft.scale };
      if (q.kind === 'text') return { questionId: q.id, text: draft.text?.trim() };
      return { questionId: q.id, chosen: draft.chosen?.filter((key) => q.choices.some((c) => c.key === key)) };
    });
}

/** Her answer to a question as the review screen says it back to her. */
export function answerWords(question: ConsultationQuestionView, answer: DraftAnswer | undefined, wording: Wording): string {
  if (!isAnswered(question, answer)) return 'Not answered';
  if (question.kind === 'scale') return `${answer?.scale} out of 10`;
  if (question.kind === 'text') return answer?.text?.trim() ?? '';
  return question.choices
    .filter((c) => answer?.chosen?.includes(c.key))
    .map((c) => wordsOf(c, wording).text)
    .join(', ');
}

/** The language's name in English and in itself, e.g. "Welsh (Cymraeg)"; the code itself where the browser cannot name it. */
export function languageName(code: string): string {
  try {
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (!english) return code;
    return own && own !== english ? `${english} (${own})` : english;
  } catch {
    return code;
  }
}
