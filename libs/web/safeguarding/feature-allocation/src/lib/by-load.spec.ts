import type { AdvocateCaseload } from '@beside/shared/contracts';
import { byLoad } from './by-load';

const load = (name: string, activeJourneys: number, highSeverityOpenConcerns = 0, appointmentsThisWeek = 0): AdvocateCaseload => ({
  advocate: { id: name, name },
  activeJourneys,
  highSeverityOpenConcerns,
  appointmentsThisWeek,
});

describe('byLoad', () => {
  it('should put the advocate with most active journeys first', () => {
    expect(byLoad([load('Amara', 2), load('Bea', 7), load('Cleo', 4)]).map((c) => c.advocate.name)).toEqual(['Bea', 'Cleo', 'Amara']);
  });

  it('should break a tie by high-severity concerns, then appointments, then name', () => {
    const sorted = byLoad([load('Dee', 3, 0, 1), load('Cleo', 3, 1, 0), load('Bea', 3, 0, 1), load('Amara', 3, 0, 4)]);
    expect(sorted.map((c) => c.advocate.name)).toEqual(['Cleo', 'Amara', 'Bea', 'Dee']);
  });

  it('should not change the list it was given', () => {
    const list = [load('Amara', 1), load('Bea', 2)];
    byLoad(list);
    expect(list[0].advocate.name).toBe('Amara');
  });
});
