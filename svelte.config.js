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
    // Every write, forms included, has its origin checked in one place: src/lib/server/auth/request-auth.ts
    // (crossOriginRefusal, run by hooks.server.ts before any route). SvelteKit's own check is left off because it
    // compares the full origin with event.url, which under adapter-node without ORIGIN is https://<host> even on
    // plain http: it refused every sign-in on a server started without ORIGIN. Ours compares hosts and also covers
    // the raw-body and JSON writes SvelteKit's check never sees.
    csrf: { trustedOrigins: ['*'] },
    // Each page's CSS (a few kB per file) goes inline: separate stylesheets block the first paint, and with them
    // the server-drawn charts, for one round trip each.
    inlineStyleThreshold: 16 * 1024,
  },
};

export default config;
