// Hands the chosen interface language to every page, and the public address for absolute links (link previews).
import type { LayoutServerLoad } from './$types';
import { publicOrigin } from '$lib/server/public-origin';

export const load: LayoutServerLoad = ({ locals, request, url }) => ({
  lang: locals.lang,
  origin: publicOrigin(request, url),
});
