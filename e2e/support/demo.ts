import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { demoURL } from '../playwright.config';
import { signIn } from './people';

/** Every demo account's password (synthetic people only). */
export const DEMO_PASSWORD = 'calm harbour demo';
export const DEMO_CLINICIAN = 'rivera@demo.securebase.test';
export const DEMO_CLIENT = 'maya@demo.securebase.test';

/** A phone-sized screen, as a client in the portal most often has. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * A demo person signed in, in a browser context of their own. `timeScale` makes timed
 * practices run that many times faster (the web app reads `window.__SB_TIME_SCALE__`).
 */
export async function signedInToDemo(
  browser: Browser,
  email: string,
  options: BrowserContextOptions & { timeScale?: number } = {},
): Promise<Page> {
  const { timeScale, ...contextOptions } = options;
  const context = await browser.newContext({ baseURL: demoURL, ...contextOptions });
  if (timeScale !== undefined) {
    await context.addInitScript((scale) => {
      (window as unknown as { __SB_TIME_SCALE__: number }).__SB_TIME_SCALE__ = scale;
    }, timeScale);
  }
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}
