import type { CommunicationSupport, InformationFormat } from '@beside/shared/contracts';

// The NHS Accessible Information Standard's needs in her words, as her one-page "About me" PDF says them.

export const FORMAT_WORDS: Record<InformationFormat, string> = {
  large_print: 'Large print',
  easy_read: 'Easy read',
  braille: 'Braille',
  audio: 'Audio (a recording to listen to)',
  email: 'By email',
  text_message: 'By text message',
  british_sign_language_video: 'British Sign Language video',
};

export const SUPPORT_WORDS: Record<CommunicationSupport, string> = {
  bsl_interpreter: 'A British Sign Language interpreter',
  deafblind_interpreter: 'A deafblind interpreter',
  lipspeaker: 'A lipspeaker',
  speech_to_text: 'Speech-to-text reporting (live captions)',
  advocate_present: 'My advocate with me',
  extra_time: 'Extra time',
  quiet_space: 'A quiet space',
  read_aloud: 'Someone to read things aloud to me',
};
