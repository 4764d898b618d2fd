import type { RetentionRecordType } from '@beside/shared/contracts';

/**
 * The retention schedule's defaults, each with its source and reasoning (docs/DATA-PROTECTION.md "Retention schedule").
 * An organisation may set its own period with its own reason (retention_rule); these stand until it does.
 */
export const RETENTION_DEFAULTS: Record<RetentionRecordType, { keepMonths: number; reason: string }> = {
  closed_journey: {
    keepMonths: 72,
    reason:
      'Six years after the journey closed: the time within which a claim in contract or tort may be brought (Limitation Act 1980, ss. 2 and 5). ' +
      'Advocacy records are not health records, so the eight years of the NHS Records Management Code of Practice 2023 for adult care records are not applied by default; an organisation that works under that Code may set 96 months.',
  },
  safeguarding: {
    keepMonths: 120,
    reason:
      'Ten years after the journey closed for concerns, risk assessments, multi-agency referrals and sharing decisions: longer than the case record, ' +
      'because safeguarding records may be needed for later enquiries and reviews (Care Act 2014 s. 44 safeguarding adults reviews; domestic homicide reviews) ' +
      'and the Independent Inquiry into Child Sexual Abuse (2022) recommended keeping records of concerns for longer. Set longer where the organisation holds records about children.',
  },
  audit_event: {
    keepMonths: 120,
    reason:
      'Audit events hold ids and actions (with the address and browser of whoever acted, and a few reasons staff typed), and are never anonymised, so that the chain of events stays whole: they are kept at least as long as the longest-kept records they describe (the safeguarding period), and never less than six years.',
  },
};

export function whatItIs(hasSafeguardingRecords: boolean): string {
  return hasSafeguardingRecords ? 'Her journey, with safeguarding records' : 'Her journey';
}
