import { statusScheme } from '@beside/web/ui';
import { JOURNEY_STATUS_LABELS } from './labels';

/** A journey's status on its colour, for `<bs-status-tag>`. */
export const JOURNEY_STATUS_TAGS = statusScheme(JOURNEY_STATUS_LABELS, { referred: 'amber', active: 'green', closing: 'purple', closed: 'grey' });
