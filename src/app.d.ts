// Types SvelteKit shares between server hooks, loads and pages.
import type { Lang } from '$lib/i18n/messages';
import type { Actor } from '$lib/server/auth/actor';
import type { User } from '$lib/server/auth/users';

declare global {
  namespace App {
    interface Locals {
      lang: Lang;
      /** Who makes the request (session cookie or API token); null for the public, who may only read. */
      actor: Actor | null;
      /** The signed-in account, when there is one. */
      user: User | null;
      /** The session cookie's value, when it names a live session (sign-out and password change use it). */
      session: string | null;
      /** The server-drawn chart SVGs of the page being rendered, put into the HTML once (see page-charts.ts). */
      chartSvgs?: Map<string, string>;
    }
    interface Error {
      message: string;
      param?: string;
    }
  }
}

export {};
