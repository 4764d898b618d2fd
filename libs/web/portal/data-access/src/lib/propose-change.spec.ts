import { HttpErrorResponse } from '@angular/common/http';
import { toProposeChange } from './propose-change';

describe('toProposeChange', () => {
  it('reads the pointer from a 403 about staff text', () => {
    const error = new HttpErrorResponse({
      status: 403,
      error: { message: 'Someone from the service wrote this', proposeChange: { path: '/api/my/change-proposals', targetType: 'goal', targetId: 'g1' } },
    });
    expect(toProposeChange(error)).toEqual({ path: '/api/my/change-proposals', targetType: 'goal', targetId: 'g1' });
  });

  it('ignores other errors', () => {
    expect(toProposeChange(new HttpErrorResponse({ status: 403, error: { message: 'No' } }))).toBeNull();
    expect(toProposeChange(new HttpErrorResponse({ status: 409, error: {} }))).toBeNull();
    expect(toProposeChange(new Error('x'))).toBeNull();
  });
});
