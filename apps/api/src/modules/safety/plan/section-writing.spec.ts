import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SAFETY_PLAN_SECTIONS } from '@beside/shared/contracts';
import { sectionKey } from './safety-plan.view';
import { ensurePlan, findSection, insertSection, updateSection } from './safety-plan.repository';
import { writeSection } from './section-writing';

jest.mock('./safety-plan.repository');
const mocked = { findSection: jest.mocked(findSection), ensurePlan: jest.mocked(ensurePlan), insertSection: jest.mocked(insertSection), updateSection: jest.mocked(updateSection) };
const em = {} as EntityManager;
const staff = { organisationId: 'org', userId: 'asha', byHer: false };
const her = { organisationId: 'org', userId: 'nia', byHer: true };

describe('writeSection', () => {
  beforeEach(() => {
    jest.resetAllMocks();
    mocked.ensurePlan.mockResolvedValue('plan');
    mocked.insertSection.mockResolvedValue('new-section');
    mocked.updateSection.mockResolvedValue(true);
  });

  it('should start the plan and write a section not yet written at version 0', async () => {
    mocked.findSection.mockResolvedValue(null);
    expect(await writeSection(em, her, 'journey', 'code_words', 'Words', 0)).toEqual({ outcome: 'saved', sectionId: 'new-section', created: true });
    expect(mocked.insertSection).toHaveBeenCalledWith(em, expect.objectContaining({ planId: 'plan', key: 'code_words', byHer: true, userId: 'nia' }));
  });

  it('should refuse staff writing over her words, and her writing over staff’s, whatever the version', async () => {
    mocked.findSection.mockResolvedValue({ id: 'hers', byHer: true, version: 2 });
    expect(await writeSection(em, staff, 'journey', 'code_words', 'Words', 2)).toEqual({ outcome: 'other_side', sectionId: 'hers' });
    mocked.findSection.mockResolvedValue({ id: 'staffs', byHer: false, version: 1 });
    expect(await writeSection(em, her, 'journey', 'code_words', 'Words', 0)).toEqual({ outcome: 'other_side', sectionId: 'staffs' });
    expect(mocked.updateSection).not.toHaveBeenCalled();
    expect(mocked.insertSection).not.toHaveBeenCalled();
  });

  it('should answer stale when the version read is not the section’s, or someone wrote first', async () => {
    mocked.findSection.mockResolvedValue(null);
    expect((await writeSection(em, staff, 'journey', 'at_home', 'Words', 3)).outcome).toBe('stale');
    mocked.insertSection.mockResolvedValue(null);
    expect((await writeSection(em, staff, 'journey', 'at_home', 'Words', 0)).outcome).toBe('stale');
    mocked.findSection.mockResolvedValue({ id: 'staffs', byHer: false, version: 4 });
    expect((await writeSection(em, staff, 'journey', 'at_home', 'Words', 0)).outcome).toBe('stale');
    mocked.updateSection.mockResolvedValue(false);
    expect((await writeSection(em, staff, 'journey', 'at_home', 'Words', 4)).outcome).toBe('stale');
  });

  it('should change a section its own side wrote at its version', async () => {
    mocked.findSection.mockResolvedValue({ id: 'staffs', byHer: false, version: 4 });
    expect(await writeSection(em, staff, 'journey', 'at_home', 'New words', 4)).toEqual({ outcome: 'saved', sectionId: 'staffs', created: false });
    expect(mocked.updateSection).toHaveBeenCalledWith(em, 'staffs', 4, 'New words', false, 'asha');
  });
});

describe('sectionKey', () => {
  it('should accept each section and refuse anything else, naming the sections there are', () => {
    for (const key of SAFETY_PLAN_SECTIONS) expect(sectionKey(key)).toBe(key);
    expect(() => sectionKey('constructor')).toThrow(BadRequestException);
    try {
      sectionKey('escape_route');
    } catch (e) {
      expect((e as BadRequestException).getResponse()).toMatchObject({ message: [`key must be one of: ${SAFETY_PLAN_SECTIONS.join(', ')}`] });
    }
    expect.assertions(SAFETY_PLAN_SECTIONS.length + 2);
  });
});
