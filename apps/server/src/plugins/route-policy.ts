import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * Every route declares who may call it. `public` needs no session; `signed-in` needs a
 * session that completed any required second factor; `password-only` accepts a session still
 * waiting for its second factor. Case-level decisions are made in the domain services.
 * `roles`, when given, narrows `signed-in` to those roles (403 otherwise).
 */
export type RouteAccess = 'public' | 'password-only' | 'signed-in';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  roles: readonly string[] | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RouteAccess;
    roles?: readonly string[];
  }
}

/** Refuses to register a route that declares no policy: deny by default (ASVS 8.2.1). */
export function enforceDeclaredPolicies(app: FastifyInstance, registry: RegisteredRoute[]): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const config = route.config;
    const access = config?.policy;
    if (access !== 'public' && access !== 'password-only' && access !== 'signed-in') {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy`);
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      registry.push({ method: String(method), url: route.url, access, roles: config?.roles });
    }
  });
}
