import type { Route } from '@angular/router';

export const campaignsRoutes: Route[] = [];
