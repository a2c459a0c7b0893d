import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin';

// The API server `pnpm dev` starts (PORTWAY_API overrides it, e.g. http://localhost:4200).
const api = process.env.PORTWAY_API ?? 'http://localhost:4000';
const proxy = { '/graphql': api, '/api': api, '/media': api, '/healthz': api, '/readyz': api };

export default defineConfig({
  plugins: [graphqlDocuments(fileURLToPath(new URL('.', import.meta.url))), react()],
  optimizeDeps: {
    // GraphiQL's worker setup imports Monaco workers with `?worker`, which dependency pre-bundling cannot
    // load: leave GraphiQL to Vite's normal pipeline (the playground is a lazy chunk anyway).
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: {
    port: 5173,
    proxy,
  },
  preview: {
    port: 4173,
    proxy,
  },
  build: {
    outDir: 'dist',
    manifest: true,
    // GraphiQL + Monaco are large by nature; they live in their own lazy chunk and only load on /graphiql.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // GraphiQL's "use no memo" directives are React Compiler hints with no meaning in a bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
