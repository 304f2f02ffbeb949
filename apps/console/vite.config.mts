import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The console is a static bundle: apps/console/server serves it and passes /graphql to the gateway.
// `vite` (dev server) proxies /graphql the same way, to the gateway ./dev up starts.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 4200,
    proxy: { '/graphql': `http://127.0.0.1:${process.env.TN_PORT_GATEWAY ?? 3000}` },
  },
});
