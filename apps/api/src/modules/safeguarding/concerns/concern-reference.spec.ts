import { concernReference, triageHours } from './concern-reference';

describe('concernReference', () => {
  it('should be C- and five characters that cannot be misread', () => {
    for (let i = 0; i < 200; i++) expect(concernReference()).toMatch(/^C-[2-9A-HJKMNP-Z]{5}$/);
  });
});

describe('triageHours', () => {
  it('should give the default deadline for each severity', () => {
    expect(['immediate', 'high', 'medium', 'low'].map((s) => triageHours(s as never, {}))).toEqual([1, 24, 72, 168]);
  });

  it("should use the organisation's own setting, and ignore one that makes no sense", () => {
    expect(triageHours('high', { concernTriageHours: { high: 12 } })).toBe(12);
    expect(triageHours('high', { concernTriageHours: { high: -1 } })).toBe(24);
    expect(triageHours('high', { concernTriageHours: { high: '2' } })).toBe(24);
    expect(triageHours('low', null)).toBe(168);
  });
});
