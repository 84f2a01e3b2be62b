import { OFFLINE_COPY_HEADER, SAFETY_PLAN_CACHE } from './names';

/** A reply served from the copy kept on the device, and when that copy was saved. */
export interface OfflineCopy {
  /** ISO time the copy was saved, or null when the worker did not record it. */
  savedAt: string | null;
}

/** Null for a live reply; the copy's saved time for one the service worker kept. */
export function offlineCopyOf(headers: { get(name: string): string | null }): OfflineCopy | null {
  const value = headers.get(OFFLINE_COPY_HEADER);
  if (value === null) return null;
  return { savedAt: value !== '' && !Number.isNaN(Date.parse(value)) ? value : null };
}

/**
 * Forgets the safety plan kept for offline use (at sign-out, and at sign-in so that nobody opens
 * the previous person's plan). The app shell holds no one's data and stays.
 */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    await caches.delete(SAFETY_PLAN_CACHE);
  } catch {
    // Storage unavailable (private mode): nothing was kept either.
  }
}

/** Installs the service worker; a browser without one, or the dev server, simply goes without. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
