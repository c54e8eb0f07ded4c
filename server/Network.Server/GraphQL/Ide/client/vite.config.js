import { defineConfig } from 'vite';

// The server serves the bundle under /graphql/ide/ and the page itself at /graphql.
export default defineConfig({
  base: '/graphql/ide/',
  // Monaco's workers are split into chunks of their own, which only ES module workers allow.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco and its language workers are large by nature; the IDE is loaded once and then cached.
    chunkSizeWarningLimit: 8192,
    // Served without source maps, so that nothing points at sources the server does not serve.
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // Libraries marked "use client" for React Server Components; meaningless in a browser bundle.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
});
