import type { CommunicationSupport, HerStatementBody, InformationFormat } from '@beside/shared/contracts';

export const FORMAT_WORDS: Record<InformationFormat, string> = {
  large_print: 'Large print',
  easy_read: 'Easy read',
  braille: 'Braille',
  audio: 'Audio',
  email: 'By email',
  text_message: 'By text message',
  british_sign_language_video: 'British Sign Language video',
};

export const SUPPORT_WORDS: Record<CommunicationSupport, string> = {
  bsl_interpreter: 'A British Sign Language interpreter',
  deafblind_interpreter: 'A deafblind interpreter',
  lipspeaker: 'A lipspeaker',
  speech_to_text: 'Speech-to-text reporting',
  advocate_present: 'My advocate with me',
  extra_time: 'Extra time',
  quiet_space: 'A quiet space',
  read_aloud: 'Someone to read things aloud to me',
};

/** Her statement as a one-page Markdown document, in her words, headed only "About me" (no service name). */
export function statementMarkdown(name: string, s: HerStatementBody): string {
  const list = (items: string[]) => (items.length ? items.map((i) => `- ${i}`).join('\n') : 'Nothing particular.');
  return [
    `# About me: ${name}`,
    '## What I want you to know',
    s.whatToKnow ?? 'Nothing written yet.',
    '## How to give me information',
    list(s.formats.map((f) => FORMAT_WORDS[f])),
    '## Support I need to communicate',
    list([...s.support.map((c) => SUPPORT_WORDS[c]), ...(s.interpreterLanguage ? [`An interpreter for ${s.interpreterLanguage}`] : [])]),
    '## What helps me in a crisis',
    s.crisis ?? 'Nothing written yet.',
  ].join('\n\n');
}
