import { describeAction } from './describe-action';

describe('describeAction', () => {
  it('should name known actions in plain words', () => {
    expect(describeAction('journey.break_glass')).toBe('Broke the glass on a journey');
  });

  it('should still say something readable for a new action', () => {
    expect(describeAction('appointment.create')).toBe('create appointment');
  });
});
