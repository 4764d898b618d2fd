import { useTestApp } from '../../../testing/test-app';
import { createOrganisation, createUser, sessionFor } from '../../../testing/fixtures';

describe('staff directory', () => {
  const t = useTestApp();

  it('should list the active advocates of her own organisation only, names and roles only', async () => {
    const org = await createOrganisation(t);
    const other = await createOrganisation(t);
    const me = await createUser(t, org, 'advocate', { name: 'Alex Active' });
    await createUser(t, org, 'advocate', { name: 'Dee Disabled', status: 'disabled' });
    await createUser(t, other, 'advocate', { name: 'Olu Otherorg' });
    await createUser(t, org, 'manager', { name: 'Mo Manager' });
    const res = await (await sessionFor(t, me)).get('/api/staff?role=advocate');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: me.id, displayName: 'Alex Active', role: 'advocate' }]);
    expect((await (await sessionFor(t, me)).get('/api/staff?role=admin')).status).toBe(400);
  });
});
