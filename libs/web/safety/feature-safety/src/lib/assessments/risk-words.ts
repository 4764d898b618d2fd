import type { RiskLevel } from '@beside/shared/contracts';
import { RISK_LEVEL_WORDS } from '@beside/web/safety/data-access';
import { statusScheme } from '@beside/web/ui';

/** A level as a tag: its word always shows; the colour only sits beside it. */
export const RISK_LEVEL_TAGS = statusScheme<RiskLevel>(RISK_LEVEL_WORDS, { standard: 'grey', medium: 'amber', high: 'red' });
