import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { POLICY_KEY, RoutePolicy } from './policy.decorator';

export interface CatalogueEntry {
  route: string;
  policy: string;
}

function joinPath(...parts: (string | undefined)[]): string {
  const path = parts
    .filter((p): p is string => !!p && p !== '/')
    .map((p) => p.replace(/^\/|\/$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/api/${path}`.replace(/\/$/, '');
}

export function describePolicy(policy: RoutePolicy | undefined): string {
  if (!policy) return 'NONE';
  if (policy.kind === 'permission') return policy.permission;
  return policy.kind;
}

/** Every route the app serves, with the policy it declares: what the permission tests walk. */
export function routeCatalogue(app: INestApplication): CatalogueEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const entries: CatalogueEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const base = Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as string | undefined;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      const policy =
        (Reflect.getMetadata(POLICY_KEY, handler) as RoutePolicy | undefined) ??
        (Reflect.getMetadata(POLICY_KEY, wrapper.metatype) as RoutePolicy | undefined);
      entries.push({ route: `${RequestMethod[method]} ${joinPath(base, path)}`, policy: describePolicy(policy) });
    }
  }
  return entries.sort((a, b) => a.route.localeCompare(b.route));
}
