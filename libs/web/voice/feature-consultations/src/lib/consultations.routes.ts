import type { Route } from '@angular/router';

export const consultationsRoutes: Route[] = [];
