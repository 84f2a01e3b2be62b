/**
 * What the service worker keeps on the device, shared by the worker and the page. The app's code
 * and the client's safety plan live in separate caches: the plan's is cleared at sign-in and
 * sign-out, the code's whenever a new version of the app is installed.
 */

/** The one API response kept for offline use: the client's own safety plan. */
export const SAFETY_PLAN_URL = '/api/portal/safety-plan';
export const SAFETY_PLAN_CACHE = 'securebase-safety-plan';

/** The app shell (index.html and the built assets), one cache per build. */
export const SHELL_CACHE_PREFIX = 'securebase-shell-';

/** When the kept copy was saved on the device (set by the worker when it stores it). */
export const SAVED_AT_HEADER = 'x-securebase-saved-at';
/** Present only on a reply served from the kept copy because the network failed. */
export const OFFLINE_COPY_HEADER = 'x-securebase-offline-copy';
