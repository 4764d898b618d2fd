import type { ReferralAgencyView } from '@beside/shared/contracts';

export type ReferralAgencyDefinition = Omit<ReferralAgencyView, 'shipped' | 'archived'>;

/**
 * The agencies every organisation starts with (issue 20; sources in docs/SAFETY.md, "Multi-agency referrals"). An
 * organisation changes its own copy, archives one or adds its own; these defaults never change under it.
 */
export const DEFAULT_REFERRAL_AGENCIES: readonly ReferralAgencyDefinition[] = [
  {
    key: 'marac',
    name: 'MARAC',
    description:
      'Multi-agency risk assessment conference: the local meeting of police, health, housing, children’s and adult services and independent domestic violence advisers that shares information on the highest-risk domestic abuse cases and agrees a safety plan for each.',
    outcomeStatus: 'discussed',
  },
  {
    key: 'adult_safeguarding',
    name: 'Adult safeguarding',
    description:
      'The council’s adult safeguarding team (Care Act 2014, section 42 enquiry): when an adult with care and support needs is at risk of abuse or neglect and cannot protect herself, the council makes, or asks others to make, enquiries and decides what should be done.',
    outcomeStatus: 'enquiry_opened',
  },
  {
    key: 'police',
    name: 'Police',
    description: 'The police, to report a crime or a risk of harm: they record it, assess the risk and decide what action to take.',
    outcomeStatus: 'outcome_received',
  },
  {
    key: 'childrens_services',
    name: 'Children’s services',
    description:
      'The council’s children’s social care, when a child may be at risk of harm: a section 47 enquiry, or help under section 17, of the Children Act 1989. They decide within one working day what response is needed.',
    outcomeStatus: 'outcome_received',
  },
];
