import { BadRequestException } from '@nestjs/common';
import { ruleFor } from './proposal-targets';

describe('ruleFor', () => {
  it('should keep her words exactly as she wrote them', () => {
    expect(ruleFor('goal', 'words', '  See someone who listens  ')).toEqual({ rule: { column: 'words', required: true }, value: '  See someone who listens  ' });
  });

  it('should turn an empty optional field into none', () => {
    expect(ruleFor('appointment', 'location', '   ').value).toBeNull();
    expect(ruleFor('step', 'dueDate', '').value).toBeNull();
  });

  it('should refuse a field the target does not have, naming field', () => {
    expect(() => ruleFor('note', 'words', 'x')).toThrow(BadRequestException);
    try {
      ruleFor('note', 'constructor', 'x');
    } catch (e) {
      expect((e as BadRequestException).getResponse()).toMatchObject({ message: ['field must be one of: body (for a note)'] });
    }
    expect.assertions(2);
  });

  it('should refuse an empty required field, an over-long value and a date that is not one', () => {
    expect(() => ruleFor('goal', 'words', ' ')).toThrow(BadRequestException);
    expect(() => ruleFor('step', 'description', 'x'.repeat(1001))).toThrow(BadRequestException);
    expect(() => ruleFor('goal', 'targetDate', '2026-02-30')).toThrow(BadRequestException);
    expect(ruleFor('goal', 'targetDate', '2026-02-28').value).toBe('2026-02-28');
  });
});
