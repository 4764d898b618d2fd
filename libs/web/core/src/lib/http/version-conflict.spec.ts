import { HttpErrorResponse } from '@angular/common/http';
import { toVersionConflict } from './version-conflict';

describe('toVersionConflict', () => {
  it('should return the current record when a 409 carries one', () => {
    const error = new HttpErrorResponse({ status: 409, error: { message: 'Changed by someone else', current: { version: 3 } } });
    expect(toVersionConflict(error)).toEqual({ message: 'Changed by someone else', current: { version: 3 } });
  });

  it('should return null for a 409 without a current record (a double booking)', () => {
    const error = new HttpErrorResponse({ status: 409, error: { message: 'Amara is already booked then' } });
    expect(toVersionConflict(error)).toBeNull();
  });

  it('should return null for other errors', () => {
    expect(toVersionConflict(new HttpErrorResponse({ status: 400, error: { message: 'x', current: {} } }))).toBeNull();
    expect(toVersionConflict(new Error('boom'))).toBeNull();
  });
});
