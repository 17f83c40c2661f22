// GET /api/query/<name>?<params>: any named query from queries/, as Arrow IPC (default), JSON or CSV.
import type { RequestHandler } from './$types';
import { appRunner } from '$lib/server/app-context';
import { queryResponse } from '$lib/server/queries/query-http';

export const GET: RequestHandler = async ({ params, url }) =>
  queryResponse(await appRunner(), params.name, url.searchParams);
