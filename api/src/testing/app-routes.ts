import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { Rol } from '@woonstart/domain';
import { PUBLIC_KEY, ROLLEN_KEY } from '../auth/auth.decorators';
import type { TestApp } from './test-app';

/**
 * Every route of the running app, read from Nest's module container and metadata
 * as the router itself reads them. The route, matrix, fuzz and access-log specs
 * all start from this list, so a new controller method is covered (or named as
 * missing from their tables) without touching them.
 */

export const API_PREFIX = '/api';

export interface NestRoute {
  readonly method: string;
  /** Full path with the prefix, Express style: '/api/zaken/:id'. */
  readonly path: string;
  readonly handler: string;
  readonly publiek: boolean;
  readonly rollen: readonly Rol[] | undefined;
}

export interface ExpressRoute {
  readonly method: string;
  readonly path: string;
}

interface ExpressLayer {
  readonly route?: { readonly path: string; readonly methods: Readonly<Record<string, boolean>> };
}

/** 'GET /api/zaken/:id' */
export const routeSleutel = (r: { method: string; path: string }): string => `${r.method} ${r.path}`;

function joinPath(...delen: string[]): string {
  const pad = delen.map((d) => d.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return `/${pad}`;
}

const lijst = (v: string | string[] | undefined): string[] => (v === undefined ? [''] : Array.isArray(v) ? v : [v]);

export function nestRoutes(t: TestApp): NestRoute[] {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const routes: NestRoute[] = [];
  for (const module of t.running.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const controllerPaden = lijst(Reflect.getMetadata(PATH_METADATA, controller));
      const prototype = controller.prototype as Record<string, unknown>;
      for (const naam of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[naam] as (...args: unknown[]) => unknown;
        const methodePaden: string[] | string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodePaden === undefined) continue;
        const requestMethod: RequestMethod = Reflect.getMetadata(METHOD_METADATA, handler) ?? RequestMethod.GET;
        const publiek = reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, [handler, controller]) === true;
        const rollen = reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN_KEY, [handler, controller]);
        for (const cp of controllerPaden) {
          for (const mp of lijst(methodePaden)) {
            routes.push({ method: RequestMethod[requestMethod], path: joinPath(API_PREFIX, cp, mp), handler: `${controller.name}.${naam}`, publiek, rollen });
          }
        }
      }
    }
  }
  return routes;
}

/** What Express actually serves, minus Nest's middleware mounts (registered for every method). */
export function expressRoutes(t: TestApp): ExpressRoute[] {
  const instance: { router: { stack: ExpressLayer[] } } = t.running.app.getHttpAdapter().getInstance();
  const routes: ExpressRoute[] = [];
  for (const layer of instance.router.stack) {
    if (!layer.route) continue;
    const methods = Object.keys(layer.route.methods).filter((m) => m !== '_all');
    if (layer.route.methods['_all'] || methods.length >= 5) continue;
    for (const m of methods) routes.push({ method: m.toUpperCase(), path: layer.route.path });
  }
  return routes;
}

/** The route's path (without the prefix, as TestApp.call takes it) with each `:param` filled in. */
export function vulPad(path: string, waarden: (param: string) => string): string {
  return path.replace(/:(\w+)/g, (_, naam: string) => encodeURIComponent(waarden(naam))).slice(API_PREFIX.length);
}

/** The `:param` names of a route path, in order. */
export function padParams(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
}
