import { SHARING_LAWFUL_BASIS_WORDS, type SharingConsideration, type SharingLawfulBasis } from '@beside/shared/contracts';

/** What was weighed, said to her. Never the staff's own reasoning, which may name others. */
const WEIGHED: Record<SharingConsideration, string> = {
  risk_of_serious_harm: 'there was a risk of serious harm to you',
  risk_to_children: 'there was a risk to children',
  vital_interests: 'it was needed to protect your life or someone else’s',
  prevent_crime: 'it was needed to prevent or detect a serious crime',
  caldicott_seventh: 'sharing information to keep people safe can matter as much as keeping it private',
  consent_would_increase_risk: 'asking you first would have made things more dangerous',
  could_not_ask_her: 'there was no time to ask you',
};

const inList = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]);

/** The lawful basis as the contract words it, spoken to her ("your", "you"). */
export function basisForHer(basis: SharingLawfulBasis): string {
  return SHARING_LAWFUL_BASIS_WORDS[basis].replace(/\bHer\b/g, 'Your').replace(/\bher\b/g, 'your').replace(/\bshe\b/g, 'you');
}

/** Why it was shared, in plain words: her consent or what was weighed without it, then the law it rests on. */
export function whyForHer(d: { withConsent: boolean; lawfulBasis: SharingLawfulBasis; considerations: SharingConsideration[] }): string {
  const weighed = d.considerations.map((c) => WEIGHED[c]).filter(Boolean);
  const because = d.withConsent
    ? 'You agreed to this.'
    : weighed.length
      ? `Shared without your consent, because ${inList(weighed)}.`
      : 'Shared without your consent, to keep you or someone else safe.';
  return `${because} The law it rests on: ${basisForHer(d.lawfulBasis)}.`;
}
