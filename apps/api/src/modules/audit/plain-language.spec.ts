import { describeForHer } from './plain-language';

describe('describeForHer', () => {
  it('should say what happened in plain words', () => {
    expect(describeForHer('journey.read', 'journey')).toBe('Looked at your journey');
    expect(describeForHer('service_user.update', 'service_user')).toBe('Changed your details');
  });

  it('should fall back to plain words for actions it does not know', () => {
    expect(describeForHer('something.new', 'thing')).toBe('Used your record');
  });
});
