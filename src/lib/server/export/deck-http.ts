// Answers the deck downloads: POST (or GET ?d=) /deck/pptx and /deck/pdf with a deck { title, charts: [{ chart,
// search }] } → the file, or a 400 naming the chart and parameter at fault.
import type { Lang } from '../../i18n/messages';
import {
  checkDeck,
  decodeDeck,
  DeckFormatError,
  type DeckSpec,
} from '../../features/export/deck-codec';
import { busyResponse } from '../jobs/busy-response';
import { heavyJobs, QueueFullError } from '../jobs/heavy-queue';
import type { QueryRunner } from '../queries/query-runner';
import { deckContent } from './deck-content';
import { deckPdf, PdfUnavailableError } from './deck-pdf';
import { deckPptx } from './deck-pptx';
import { badRequest, fileResponse, problem } from './export-http';
import { dateStamp, fileNameOf } from './file-name';
import { meetingPack } from './meeting-pack';

export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The deck from a JSON body (POST) or the d parameter (GET, as the print page's URL carries it). */
export async function readDeck(request: Request, url: URL): Promise<DeckSpec> {
  if (request.method === 'POST') {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      throw new DeckFormatError(
        'The request body must be JSON: { "title": …, "charts": [{ "chart": …, "search": … }] }',
      );
    }
    return checkDeck(body);
  }
  const d = url.searchParams.get('d');
  if (!d) throw new DeckFormatError("Give the deck as a JSON body (POST) or as the parameter 'd'");
  return decodeDeck(d);
}

export function deckFileName(title: string, now: Date, ext: string): string {
  return fileNameOf([title, dateStamp(now)], ext);
}

export async function deckPptxResponse(
  runner: QueryRunner,
  request: Request,
  url: URL,
  { lang, now = new Date() }: { lang: Lang; now?: Date },
): Promise<Response> {
  try {
    const spec = await readDeck(request, url);
    // The deck is read before it waits for a slot; building it is the heavy part.
    const { content, bytes } = await heavyJobs.run(async () => {
      const content = await deckContent(runner, spec, { lang, now });
      return { content, bytes: await deckPptx(content) };
    });
    return fileResponse(
      bytes,
      PPTX_TYPE,
      deckFileName(content.title, now, 'pptx'),
      `ita-deck-${dateStamp(now)}.pptx`,
    );
  } catch (err) {
    if (err instanceof DeckFormatError) return problem(400, err.message, 'deck');
    if (err instanceof QueueFullError) return busyResponse(err);
    return badRequest(err);
  }
}

/** The PDF: the deck is checked (and its queries warmed) first, so a bad chart is a 400, not a Chromium error page. */
export async function deckPdfResponse(
  runner: QueryRunner,
  request: Request,
  url: URL,
  { lang, now = new Date(), origin = url.origin }: { lang: Lang; now?: Date; origin?: string },
): Promise<Response> {
  try {
    const spec = await readDeck(request, url);
    // One shared Chromium prints; at most N decks at once (each a heavy job), the rest wait their turn.
    const { content, bytes } = await heavyJobs.run(async () => {
      const content = await deckContent(runner, spec, { lang, now });
      return { content, bytes: await deckPdf(origin, { ...spec, title: content.title }, lang) };
    });
    return fileResponse(
      bytes,
      'application/pdf',
      deckFileName(content.title, now, 'pdf'),
      `ita-deck-${dateStamp(now)}.pdf`,
    );
  } catch (err) {
    if (err instanceof DeckFormatError) return problem(400, err.message, 'deck');
    if (err instanceof PdfUnavailableError) return problem(503, err.message);
    if (err instanceof QueueFullError) return busyResponse(err);
    return badRequest(err);
  }
}

/** GET /export/pack/<province>.zip?<scope>: the province meeting pack. */
export async function meetingPackResponse(
  runner: QueryRunner,
  file: string,
  search: URLSearchParams,
  { lang, now = new Date() }: { lang: Lang; now?: Date },
): Promise<Response> {
  const m = /^(\d{2})\.zip$/.exec(file);
  if (!m)
    return problem(
      400,
      `The address must be /export/pack/<2-digit province code>.zip (got '${file}')`,
      'province',
    );
  try {
    const pack = await heavyJobs.run(() => meetingPack(runner, m[1]!, search, { lang, now }));
    return fileResponse(pack.zip, 'application/zip', pack.fileName, pack.asciiName);
  } catch (err) {
    if (err instanceof QueueFullError) return busyResponse(err);
    return badRequest(err);
  }
}
