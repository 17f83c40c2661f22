// SvelteKit configuration: Node adapter, TypeScript via vitePreprocess.
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // ITA_BUILD_DIR and ITA_KIT_DIR let two builds (e.g. parallel browser-test runs) use separate folders.
    adapter: adapter({ out: process.env.ITA_BUILD_DIR ?? 'build' }),
    outDir: process.env.ITA_KIT_DIR ?? '.svelte-kit',
    // SvelteKit refuses form posts (sign-in, sign-out, setup, account) from other origins; no origin is trusted.
    // Every other write (raw-body and JSON API calls) gets the same check in src/lib/server/auth/request-auth.ts.
    csrf: { trustedOrigins: [] },
  },
};

export default config;
