// Types SvelteKit shares between server hooks, loads and pages.
import type { Lang } from '$lib/i18n/messages';

declare global {
  namespace App {
    interface Locals {
      lang: Lang;
    }
    interface Error {
      message: string;
      param?: string;
    }
  }
}

export {};
