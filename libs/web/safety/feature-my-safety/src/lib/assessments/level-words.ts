import type { RiskLevel } from '@beside/shared/contracts';

/** What a level means for her, in calm words: the level is always said in words, never by colour alone. */
export const LEVEL_MEANING: Record<RiskLevel, string> = {
  standard: 'Your answers did not show a raised risk at the time. Things can change, and your advocate is always there to talk.',
  medium: 'Some of your answers showed a raised risk. Your advocate will talk with you about what could help.',
  high: 'Your answers showed a serious risk. Your advocate will talk with you about what could help keep you safe, and who else could help.',
};
