import type { Route } from '@angular/router';
import { CalendarPage } from './calendar-page';

export const calendarRoutes: Route[] = [{ path: '', component: CalendarPage, title: 'Calendar' }];
