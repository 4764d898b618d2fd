import { statusScheme } from '@beside/web/ui';
import { CONCERN_STATUS_LABELS } from './labels';

/** A concern's status on its colour, for `<bs-status-tag>`. */
export const CONCERN_STATUS_TAGS = statusScheme(CONCERN_STATUS_LABELS, { raised: 'amber', triaged: 'purple', action: 'blue', referred: 'green', closed: 'grey' });
