import { storeSpec } from '@beside/web/core/testing';
import { JourneyStatementStore } from './journey-statement.store';

describe('JourneyStatementStore', () => {
  const spec = storeSpec(JourneyStatementStore);

  it('should read her statement for professionals on the journey', async () => {
    const loading = spec.sut.load('j1');
    const statement = { whatToKnow: 'Speak slowly', formats: [], support: [], interpreterLanguage: null, crisis: null, sharedWith: { appointmentIds: [], challengeIds: [] }, updatedAt: null, version: 1 };
    spec.backend.expectOne('/api/journeys/j1/statement').flush(statement);
    await loading;
    expect(spec.sut.statement()).toEqual(statement);
    expect(spec.sut.loaded()).toBe(true);
  });
});
