import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const resolve = createRequire(import.meta.url).resolve;
const LIB = readFileSync(resolve('pdfjs-dist/build/pdf.min.mjs'), 'utf8');
const WORKER = readFileSync(resolve('pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8');

/**
 * Renders page 1 of a PDF into a canvas on `page` with pdf.js (loaded from blob URLs, so it
 * works offline on a blank page) and returns the page count and the canvas size.
 */
export async function renderPdfFirstPage(
  page: Page,
  pdf: Buffer,
): Promise<{ pages: number; width: number; height: number }> {
  await page.setContent('<!doctype html><title>PDF</title><canvas id="pdf-page"></canvas>');
  return page.evaluate(
    async ({ bytes, lib, worker }) => {
      const blobUrl = (source: string) =>
        URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const pdfjs = (await import(/* @vite-ignore */ blobUrl(lib))) as {
        GlobalWorkerOptions: { workerSrc: string };
        getDocument: (options: { data: Uint8Array }) => {
          promise: Promise<{
            numPages: number;
            getPage: (n: number) => Promise<{
              getViewport: (o: { scale: number }) => { width: number; height: number };
              render: (o: { canvasContext: CanvasRenderingContext2D; viewport: unknown }) => {
                promise: Promise<void>;
              };
            }>;
          }>;
        };
      };
      pdfjs.GlobalWorkerOptions.workerSrc = blobUrl(worker);
      const data = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
      const document_ = await pdfjs.getDocument({ data }).promise;
      const first = await document_.getPage(1);
      const viewport = first.getViewport({ scale: 1.5 });
      const canvas = document.getElementById('pdf-page') as HTMLCanvasElement;
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      await first.render({ canvasContext: context, viewport }).promise;
      return { pages: document_.numPages, width: canvas.width, height: canvas.height };
    },
    { bytes: pdf.toString('base64'), lib: LIB, worker: WORKER },
  );
}
