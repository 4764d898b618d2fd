import type { DataRequestKind, DataRequestStatus } from '@beside/shared/contracts';
import type { StatusScheme } from '@beside/web/ui';

/** One line on what each right means for her, under its choice. */
export const KIND_EXPLANATIONS: Record<DataRequestKind, string> = {
  access: 'We send you a copy of the information we hold about you, and explain how we use it.',
  rectification: 'Tell us what is wrong or missing, and we put it right or explain why not.',
  erasure: 'We delete what we hold about you, unless the law says we must keep some of it.',
  restriction: 'We keep your information but stop using it while something is looked at.',
  objection: 'Tell us which use you object to, and we stop unless there is a strong reason we must carry on.',
};

/** Where her request is, in her words, with a colour beside them. */
export const HER_STATUS: StatusScheme<DataRequestStatus> = {
  received: { label: 'We have your request', tone: 'blue' },
  extended: { label: 'We need more time', tone: 'amber' },
  decided: { label: 'Decided: your answer is on its way', tone: 'purple' },
  answered: { label: 'Answered', tone: 'green' },
};
