/**
 * The service worker, built on its own into `dist/sw.js` (see `apps/web/build/service-worker.ts`)
 * as one classic script: no imports at run time, no inline code, served from our origin under
 * the same CSP as everything else.
 *
 * It keeps two things: the app shell (index.html and the hashed assets of this build), and the
 * last good reply of `GET /api/portal/safety-plan`, so that a client who has opened their safety
 * plan once can open it again with no network. No other API reply is ever stored.
 */
import {
  OFFLINE_COPY_HEADER,
  SAFETY_PLAN_CACHE,
  SAFETY_PLAN_URL,
  SAVED_AT_HEADER,
  SHELL_CACHE_PREFIX,
} from './names';
import { strategyFor } from './strategy';

/** Filled in at build time: `/` and every file under `/assets/`, and a hash of that list. */
declare const __PRECACHE__: string[];
declare const __SHELL_VERSION__: string;

/* The few service-worker types we use (the DOM library does not declare the worker's scope). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${__SHELL_VERSION__}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll(__PRECACHE__);
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== SHELL_CACHE)
          .map((name) => caches.delete(name)),
      );
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  switch (strategyFor(request, worker.location.origin)) {
    case 'safety-plan':
      event.respondWith(safetyPlan(request));
      return;
    case 'page':
      event.respondWith(page(request));
      return;
    case 'asset':
      event.respondWith(asset(request));
      return;
    case 'network':
      return;
  }
});

/** The network first; every good reply replaces the kept copy; the copy when the network fails. */
async function safetyPlan(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    const cache = await caches.open(SAFETY_PLAN_CACHE);
    const copy = await cache.match(SAFETY_PLAN_URL);
    if (!copy) throw error;
    const headers = new Headers(copy.headers);
    headers.set(OFFLINE_COPY_HEADER, copy.headers.get(SAVED_AT_HEADER) ?? '');
    return new Response(copy.body, { status: 200, headers });
  }
  if (response.ok) {
    const body = await response.clone().arrayBuffer();
    const cache = await caches.open(SAFETY_PLAN_CACHE);
    await cache.put(
      SAFETY_PLAN_URL,
      new Response(body, {
        status: 200,
        headers: {
          'content-type': response.headers.get('content-type') ?? 'application/json',
          [SAVED_AT_HEADER]: new Date().toISOString(),
        },
      }),
    );
  }
  return response;
}

/** Pages come from the server; with no network, the app shell, which routes on the client. */
async function page(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match('/', { cacheName: SHELL_CACHE });
    if (!shell) throw error;
    return shell;
  }
}

/** Hashed files never change under the same name: the cache first, then the network. */
async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(SHELL_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
