// Vite configuration for the app and the unit tests (browser tests use vitest.e2e.config.ts).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * Packages the production server bundles instead of importing from node_modules at start. Importing them took most
 * of the server's cold start (1.4-1.9 s of CPU before the first page, 0.6-0.8 s bundled): @duckdb/node-api is
 * CommonJS, and an ESM import of it makes Node scan each of its hundred re-exported files for their export names;
 * the others are hundreds of small ES modules, each resolved, read and compiled on its own. The native binding
 * (@duckdb/node-bindings) stays external: it is loaded with require. Heavy packages used only by some endpoints
 * (exceljs, mammoth, pdfjs-dist, jsdom, resvg) stay external too, loaded on first use.
 */
const BUNDLED_IN_SERVER = [
  '@duckdb/node-api',
  'apache-arrow',
  'flatbuffers',
  'tslib',
  'zod',
  '@observablehq/plot',
  /^d3/,
  'isoformat',
  'interval-tree-1d',
  'binary-search-bounds',
];

export default defineConfig(({ command }) => ({
  plugins: [sveltekit()],
  server: { port: 3000 },
  // Tests and the dev server import packages from node_modules as they are.
  ssr:
    command === 'build'
      ? { external: ['@duckdb/node-bindings'], noExternal: BUNDLED_IN_SERVER }
      : { external: ['@duckdb/node-api', '@duckdb/node-bindings'] },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
}));
