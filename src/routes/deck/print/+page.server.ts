// The deck as printable A4 landscape pages: the deck comes in the d parameter (the /deck page and the PDF export write it).
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { appRunner } from '$lib/server/app-context';
import { decodeDeck, DeckFormatError } from '$lib/features/export/deck-codec';
import { ExportParamError } from '$lib/server/export/chart-context';
import { printDeck } from '$lib/server/export/deck-print';

export const load: PageServerLoad = async ({ url, locals }) => {
  try {
    const spec = decodeDeck(url.searchParams.get('d') ?? '');
    return {
      deck: await printDeck(await appRunner(), spec, { lang: locals.lang, now: new Date() }),
    };
  } catch (err) {
    if (err instanceof DeckFormatError || err instanceof ExportParamError)
      error(400, { message: err.message });
    throw err;
  }
};
