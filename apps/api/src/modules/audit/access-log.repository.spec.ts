import { joinPhrases } from './access-log.repository';

describe('joinPhrases', () => {
  it('should say each thing once, "looked at" things together, in the order they were done', () => {
    expect(
      joinPhrases(['Looked at your journey', 'Looked at your plan', 'Looked at your journey', 'Read a note', 'Looked at your appointments', 'Read a note']),
    ).toBe('Looked at your journey, your plan and your appointments; read a note');
  });

  it('should keep a single thing as it is', () => {
    expect(joinPhrases(['Updated your details'])).toBe('Updated your details');
  });

  it('should start with what was done first, even when it is not a look', () => {
    expect(joinPhrases(['Added a goal to your plan', 'Looked at your plan'])).toBe('Added a goal to your plan; looked at your plan');
  });
});
