import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorker } from './build/service-worker';

export default defineConfig({
  plugins: [react(), serviceWorker('src/offline/sw.ts')],
  build: { outDir: 'dist', sourcemap: true, assetsDir: 'assets' },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
