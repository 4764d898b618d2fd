import { inject, Injectable } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy, type ActivatedRouteSnapshot } from '@angular/router';

/**
 * Staff pages read "Caseload – Beside"; her pages, and the public pages she also sees (sign-in, two-step code, password
 * reset, invitation), use a neutral title that says nothing about us: a tab naming the service can put her at risk.
 */
@Injectable()
export class BesideTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const page = this.buildTitle(snapshot);
    if (hasNeutralTitle(snapshot.root)) {
      this.title.setTitle(page ?? 'My plan');
      return;
    }
    this.title.setTitle(page ? `${page} – Beside` : 'Beside');
  }
}

function hasNeutralTitle(route: ActivatedRouteSnapshot): boolean {
  if (route.data['neutralTitle']) return true;
  return route.children.some(hasNeutralTitle);
}
