import { TIME_LIMIT_UNITS } from '@beside/shared/contracts';
import { deadlineFor } from '../deadlines/challenge-deadline';
import { DEFAULT_CHALLENGE_TYPES } from './default-challenge-types';
import { STAGES_WITHOUT_WORDS_FOR_HER, stageWordsForHer } from './stage-words-for-her';

describe('the default challenge types', () => {
  it('should give every type unique stage keys, and every time limit a unit and a source', () => {
    expect(new Set(DEFAULT_CHALLENGE_TYPES.map((t) => t.key)).size).toBe(DEFAULT_CHALLENGE_TYPES.length);
    for (const type of DEFAULT_CHALLENGE_TYPES) {
      expect(new Set(type.stages.map((s) => s.key)).size).toBe(type.stages.length);
      for (const { limit } of type.stages) {
        if (!limit) continue;
        expect(TIME_LIMIT_UNITS).toContain(limit.unit);
        expect(limit.source.length).toBeGreaterThan(20);
      }
    }
  });

  it('should set the limits the rules set', () => {
    const stageOf = (type: string, stage: string) => DEFAULT_CHALLENGE_TYPES.find((t) => t.key === type)?.stages.find((s) => s.key === stage)?.limit;
    const complaint = stageOf('nhs_complaint', 'complaint');
    const appeal = stageOf('benefits_appeal', 'appeal');
    expect(complaint && deadlineFor('2026-03-02', complaint, 'GB-ENG')).toBe('2027-03-02');
    // The reconsideration notice of Friday 27 November 2026: one month is Sunday 27 December, so Tuesday 29 December.
    expect(appeal && deadlineFor('2026-11-27', appeal, 'GB-ENG')).toBe('2026-12-29');
    const acknowledgement = stageOf('social_care_complaint', 'acknowledgement');
    expect(acknowledgement && deadlineFor('2026-12-23', acknowledgement, 'GB-ENG')).toBe('2026-12-30');
  });
});

describe('the default stages in words for her', () => {
  it('should have "you" wording for every default stage, and keep an organisation\'s own words', () => {
    expect(STAGES_WITHOUT_WORDS_FOR_HER()).toEqual([]);
    const complaint = DEFAULT_CHALLENGE_TYPES[0].stages[0];
    expect(stageWordsForHer('nhs_complaint', complaint)).toMatch(/^You complain/);
    expect(stageWordsForHer('nhs_complaint', { ...complaint, description: 'Our own words.' })).toBe('Our own words.');
  });
});
