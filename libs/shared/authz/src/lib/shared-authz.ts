export function sharedAuthz(): string {
  return 'shared-authz';
}
