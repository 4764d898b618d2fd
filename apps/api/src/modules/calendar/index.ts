// The calendar module's public surface.
export { renderCalendar } from './ics';
