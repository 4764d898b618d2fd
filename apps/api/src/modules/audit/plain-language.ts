const VERBS: Record<string, string> = {
  read: 'Looked at',
  list: 'Saw in a list',
  create: 'Added',
  created: 'Added',
  update: 'Changed',
  updated: 'Changed',
  delete: 'Removed',
  export: 'Downloaded',
  download: 'Downloaded',
  break_glass: 'Opened in an emergency, giving a reason,',
  invited: 'Invited you to use Beside:',
  reassign: 'Changed the advocates on',
};

const THINGS: Record<string, string> = {
  journey: 'your journey',
  service_user: 'your details',
  appointment: 'an appointment',
  accompaniment: 'support for an appointment',
  goal: 'a goal in your plan',
  step: 'a step in your plan',
  plan: 'your plan',
  check_in: 'a check-in',
  note: 'a note',
  concern: 'a concern',
  consent: 'a consent',
  change_proposal: 'a change you asked for',
  user_account: 'your account',
};

/** An audit action in words she would use: "Looked at your journey". */
export function describeForHer(action: string, entityType: string): string {
  const verb = action.includes('.') ? action.slice(action.indexOf('.') + 1) : action;
  const thing = THINGS[entityType] ?? 'your record';
  if (verb === 'invited') return 'Invited you to use Beside';
  return `${VERBS[verb] ?? 'Used'} ${thing}`;
}
