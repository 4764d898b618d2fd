import { sharedAuthz } from './shared-authz';

describe('sharedAuthz', () => {
  it('should work', () => {
    expect(sharedAuthz()).toEqual('shared-authz');
  })
})
