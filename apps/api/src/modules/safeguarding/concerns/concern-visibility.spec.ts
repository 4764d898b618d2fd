import { actorOf } from '../../../testing/service-fakes';
import { visibleTo } from './concern-visibility';

describe('visibleTo', () => {
  it('should let a manager see every concern row-level security leaves her', () => {
    expect(visibleTo(actorOf('manager'), 2)).toBe('($2::uuid IS NOT NULL)');
  });

  it('should keep from an advocate a concern whose raiser asked that her advocate not be told, unless she raised it', () => {
    const sql = visibleTo(actorOf('advocate'), 3);
    expect(sql).toContain('c.raised_by = $3');
    expect(sql).toContain('NOT c.hide_raiser_from_advocate AND EXISTS');
    expect(sql).toContain('vj.primary_advocate_id = $3 OR vj.secondary_advocate_id = $3');
  });
});
