import { BadRequestException, ConflictException } from '@nestjs/common';
import { assertForward, referralRoad } from './referral-status';

describe('assertForward', () => {
  it('should follow the agency’s own outcome on the road', () => {
    expect(referralRoad('discussed')).toEqual(['draft', 'sent', 'acknowledged', 'discussed', 'actions', 'closed']);
    expect(referralRoad('enquiry_opened')[3]).toBe('enquiry_opened');
  });

  it('should allow moving forward, one step or several', () => {
    expect(() => assertForward('sent', 'acknowledged', 'discussed')).not.toThrow();
    expect(() => assertForward('sent', 'closed', 'discussed')).not.toThrow();
    expect(() => assertForward('acknowledged', 'enquiry_opened', 'enquiry_opened')).not.toThrow();
  });

  it('should refuse a status off the road as bad input', () => {
    expect(() => assertForward('sent', 'enquiry_opened', 'discussed')).toThrow(BadRequestException);
    expect(() => assertForward('sent', 'sent', 'discussed')).toThrow(BadRequestException);
    expect(() => assertForward('sent', 'draft', 'discussed')).toThrow(BadRequestException);
  });

  it('should refuse moving backwards, standing still, from a draft or from closed as a conflict', () => {
    expect(() => assertForward('actions', 'acknowledged', 'discussed')).toThrow(ConflictException);
    expect(() => assertForward('acknowledged', 'acknowledged', 'discussed')).toThrow(ConflictException);
    expect(() => assertForward('draft', 'acknowledged', 'discussed')).toThrow(ConflictException);
    expect(() => assertForward('closed', 'closed', 'discussed')).toThrow(ConflictException);
  });
});
