import { BadRequestException } from '@nestjs/common';
import { recordedSharing } from './sharing-rules';

const problems = (f: () => unknown): string[] => {
  try {
    f();
    return [];
  } catch (e) {
    return ((e as BadRequestException).getResponse() as { message: string[] }).message;
  }
};

describe('recordedSharing', () => {
  it('should always show her a sharing with her consent', () => {
    expect(recordedSharing({ lawfulBasis: 'explicit_consent', withConsent: true })).toEqual({ considerations: [], reasoning: null, shownToHer: true, heldBackReason: null });
    expect(recordedSharing({ lawfulBasis: 'health_and_social_care', withConsent: true, reasoning: 'Her GP asked' }).shownToHer).toBe(true);
    expect(problems(() => recordedSharing({ lawfulBasis: 'explicit_consent', withConsent: true, shownToHer: false, heldBackReason: 'x' }))).toEqual([
      'shownToHer: a sharing with her consent is always shown to her',
      'heldBackReason is only for a sharing held back from her (shownToHer false)',
    ]);
  });

  it('should need the reasoning without her consent, and refuse explicit consent as its basis', () => {
    expect(problems(() => recordedSharing({ lawfulBasis: 'explicit_consent', withConsent: false, reasoning: '  ' }))).toEqual([
      'lawfulBasis cannot be explicit_consent for a sharing without her consent',
      'reasoning is required when sharing without her consent',
    ]);
  });

  it('should show her a sharing without consent by default, and hold it back only with a reason', () => {
    const shown = recordedSharing({ lawfulBasis: 'vital_interests', withConsent: false, reasoning: 'Risk to life', considerations: ['risk_of_serious_harm', 'risk_of_serious_harm'] });
    expect(shown).toEqual({ considerations: ['risk_of_serious_harm'], reasoning: 'Risk to life', shownToHer: true, heldBackReason: null });
    expect(problems(() => recordedSharing({ lawfulBasis: 'safeguarding', withConsent: false, reasoning: 'Risk', shownToHer: false }))[0]).toContain('heldBackReason is required');
    expect(recordedSharing({ lawfulBasis: 'safeguarding', withConsent: false, reasoning: 'Risk', shownToHer: false, heldBackReason: 'He reads her phone' }).shownToHer).toBe(false);
  });
});
