import { sharedUtil } from './shared-util';

describe('sharedUtil', () => {
  it('should work', () => {
    expect(sharedUtil()).toEqual('shared-util');
  })
})
