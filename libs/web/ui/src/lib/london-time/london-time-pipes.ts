import { Pipe, type PipeTransform } from '@angular/core';
import { formatLondonDate, formatLondonDateTime, formatLondonShortDate, formatLondonTime, londonDay, monthName } from '@beside/shared/util';

const LONDON_FORMATS = {
  /** "Tue 3 Mar 2026, 14:30" */
  dateTime: formatLondonDateTime,
  /** "3 March 2026": a bare date is a calendar day and is not shifted. */
  date: formatLondonDate,
  /** "3 Mar 2026", narrow enough for a table column on a phone. */
  shortDate: formatLondonShortDate,
  /** "14:30" */
  time: formatLondonTime,
  /** "Tuesday 3 March 2026" */
  day: londonDay,
};

/** An instant (or a bare date) as people in the service read it, on the London clock: `{{ sentAt | london: 'dateTime' }}`. */
@Pipe({ name: 'london' })
export class LondonPipe implements PipeTransform {
  transform(value: string, format: keyof typeof LONDON_FORMATS): string {
    return LONDON_FORMATS[format](value);
  }
}

/** "2026-02" → "February 2026" (`monthName`). */
@Pipe({ name: 'monthName' })
export class MonthNamePipe implements PipeTransform {
  transform(month: string): string {
    return monthName(month);
  }
}
