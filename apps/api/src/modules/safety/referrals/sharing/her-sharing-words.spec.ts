import { SHARING_LAWFUL_BASES } from '@beside/shared/contracts';
import { basisForHer, whyForHer } from './her-sharing-words';

describe('whyForHer', () => {
  it('should speak to her about every lawful basis', () => {
    for (const basis of SHARING_LAWFUL_BASES) expect(basisForHer(basis)).not.toMatch(/\b(her|she|Her|She)\b/);
    expect(basisForHer('vital_interests')).toContain('to protect your life or someone else’s when you cannot consent');
  });

  it('should say she agreed, or what was weighed without her consent', () => {
    expect(whyForHer({ withConsent: true, lawfulBasis: 'explicit_consent', considerations: [] })).toBe(
      'You agreed to this. The law it rests on: Your explicit consent (UK GDPR Articles 6(1)(a) and 9(2)(a)).',
    );
    expect(whyForHer({ withConsent: false, lawfulBasis: 'safeguarding', considerations: ['risk_of_serious_harm', 'risk_to_children', 'could_not_ask_her'] })).toMatch(
      /^Shared without your consent, because there was a risk of serious harm to you, there was a risk to children and there was no time to ask you\. The law it rests on: Safeguarding/,
    );
    expect(whyForHer({ withConsent: false, lawfulBasis: 'vital_interests', considerations: [] })).toContain('to keep you or someone else safe');
  });
});
