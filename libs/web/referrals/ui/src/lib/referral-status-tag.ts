import { statusScheme } from '@beside/web/ui';
import { REFERRAL_STATUS_LABELS } from './labels';

/** A referral's status in words on its colour, for `<bs-status-tag>`. */
export const REFERRAL_STATUS_TAGS = statusScheme(REFERRAL_STATUS_LABELS, { sent: 'blue', held: 'amber', accepted: 'green', declined: 'red', withdrawn: 'grey' });
