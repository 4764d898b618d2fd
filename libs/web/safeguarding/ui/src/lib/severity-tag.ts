import { statusScheme } from '@beside/web/ui';
import { CONCERN_SEVERITY_LABELS } from './labels';

/** A concern's severity in words, never by colour alone, for `<bs-status-tag [framed]="true">`. */
export const CONCERN_SEVERITY_TAGS = statusScheme(CONCERN_SEVERITY_LABELS, { low: 'grey', medium: 'amber', high: 'red', immediate: 'alarm' });
