import type { ChallengeView, LetterTemplateView } from '@beside/shared/contracts';
import { templateGroups } from './challenge-letters';

const template = (key: string, challengeTypeKey: string | null, stageKey: string | null): LetterTemplateView => ({
  key,
  name: key,
  challengeTypeKey,
  stageKey,
  title: key,
  body: '',
  shipped: true,
  changed: false,
  archived: false,
});

const CHALLENGE = {
  status: 'open',
  typeKey: 'nhs_complaint',
  typeName: 'NHS complaint',
  stages: [{ key: 'complaint' }],
} as unknown as ChallengeView;

describe('templateGroups', () => {
  it('should offer the templates for its kind and current stage first, then its other stages, then general ones, then the rest', () => {
    const groups = templateGroups(
      [template('benefits', 'benefits_appeal', 'reconsideration'), template('general', null, null), template('ombudsman', 'nhs_complaint', 'ombudsman'), template('complaint', 'nhs_complaint', 'complaint')],
      CHALLENGE,
    );
    expect(groups.map((g) => [g.label, g.templates.map((t) => t.key)])).toEqual([
      ['For this stage', ['complaint']],
      ['For other stages of NHS complaint', ['ombudsman']],
      ['For any challenge', ['general']],
      ['For other kinds of challenge', ['benefits']],
    ]);
  });

  it('should leave out empty groups', () => {
    expect(templateGroups([template('general', null, null)], CHALLENGE).map((g) => g.label)).toEqual(['For any challenge']);
  });
});
