import { JOURNEY_STATUSES, SUPPORT_LEVELS } from './glossary';
import { isStaffRole, ROLES } from './roles';

describe('glossary', () => {
  it('should order support levels along the road to self-advocacy', () => {
    expect(SUPPORT_LEVELS).toEqual(['advocate_led', 'accompanied', 'prepared', 'independent']);
  });

  it('should keep the journey statuses of PRODUCT.md in order', () => {
    expect(JOURNEY_STATUSES).toEqual(['referred', 'active', 'closing', 'closed']);
  });

  it('should count every role but service users as staff', () => {
    expect(ROLES.filter(isStaffRole)).toEqual(['advocate', 'manager', 'admin', 'network_admin', 'panel_member']);
  });
});
