import { useTestApp } from '../../testing/test-app';
import { routeCatalogue } from './route-catalogue';
import { EXPECTED_ROUTE_POLICIES } from './route-policies';

describe('route policies', () => {
  const t = useTestApp();

  it('should find a declared policy on every registered route', () => {
    const missing = routeCatalogue(t.app).filter((e) => e.policy === 'NONE');
    expect(missing).toEqual([]);
  });

  it('should match the reviewed list of route policies exactly', () => {
    const actual = Object.fromEntries(routeCatalogue(t.app).map((e) => [e.route, e.policy]));
    expect(actual).toEqual(EXPECTED_ROUTE_POLICIES);
  });
});
