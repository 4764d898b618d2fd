import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('should accept a long passphrase without composition rules', () => {
    expect(passwordProblem('purple kettles sing at dawn', { hasSecondFactor: false })).toBeNull();
  });

  it('should require 15 characters without a second factor', () => {
    expect(passwordProblem('fourteen chars', { hasSecondFactor: false })).toMatch(/at least 15/);
  });

  it('should accept 8 characters with a second factor', () => {
    expect(passwordProblem('qz7!bnxw', { hasSecondFactor: true })).toBeNull();
  });

  it('should refuse a breached password whatever its length', () => {
    expect(passwordProblem('password', { hasSecondFactor: true })).toMatch(/list/);
    expect(passwordProblem('1234567890123456', { hasSecondFactor: false })).not.toBeNull();
  });

  it('should refuse a common password padded with numbers, and sequences', () => {
    expect(passwordProblem('password1234567890', { hasSecondFactor: false })).toMatch(/common password/);
    expect(passwordProblem('123456789012345678', { hasSecondFactor: false })).not.toBeNull();
    expect(passwordProblem('abcdefghijklmnopq', { hasSecondFactor: false })).toMatch(/pattern/);
  });

  it('should refuse repeated patterns and the email address', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaaaa', { hasSecondFactor: false })).toMatch(/pattern/);
    expect(passwordProblem('abcabcabcabcabcabc', { hasSecondFactor: false })).toMatch(/pattern/);
    expect(passwordProblem('my name is jane.doe ok', { hasSecondFactor: false, email: 'jane.doe@example.org' })).toMatch(/email/);
  });

  it('should count characters, not bytes, and never truncate', () => {
    expect(passwordProblem('ééééééé', { hasSecondFactor: true })).toMatch(/at least 8/);
    expect(passwordProblem('x'.repeat(300), { hasSecondFactor: false })).toMatch(/at most/);
  });
});
