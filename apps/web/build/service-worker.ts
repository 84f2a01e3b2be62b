import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * Builds `src/offline/sw.ts` into `dist/sw.js` as one classic script (a service worker served
 * at the root, so its scope is the whole app), with the list of files to keep for offline use:
 * `/` (index.html) and every built file under `/assets/` except source maps. The list's hash
 * names the shell cache, so each build replaces the previous one's.
 */
export function serviceWorker(entry: string): Plugin {
  return {
    name: 'securebase:service-worker',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((name) => name.startsWith('assets/') && !name.endsWith('.map'))
        .sort()
        .map((name) => `/${name}`);
      const precache = ['/', ...assets];
      const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 16);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'iife',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        define: {
          __PRECACHE__: JSON.stringify(precache),
          __SHELL_VERSION__: JSON.stringify(version),
        },
      });
      const [output] = result.outputFiles;
      if (!output) return this.error('The service worker did not build.');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: output.text });
    },
  };
}
