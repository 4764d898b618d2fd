import Holidays from 'date-holidays';
import type { BankHolidayRegion } from '@beside/shared/contracts';

const byRegionYear = new Map<string, Set<string>>();

/** The bank holidays of England or Wales in a year, as London dates, from the maintained date-holidays package. */
export function bankHolidays(region: BankHolidayRegion, year: number): Set<string> {
  const key = `${region}:${year}`;
  let days = byRegionYear.get(key);
  if (!days) {
    const [country, state] = region.split('-');
    // Observances (Mother's Day, Easter Sunday) are not days off: only public holidays count.
    days = new Set(
      new Holidays(country, state)
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    byRegionYear.set(key, days);
  }
  return days;
}
