import type { Route } from '@angular/router';

export const panelRoutes: Route[] = [];
