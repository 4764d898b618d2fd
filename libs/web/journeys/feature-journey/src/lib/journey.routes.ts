import type { Route } from '@angular/router';
import { JourneyPage } from './journey-page';

export const journeyRoutes: Route[] = [{ path: '', component: JourneyPage, title: 'Journey' }];
