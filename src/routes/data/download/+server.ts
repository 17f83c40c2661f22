// GET /data/download?format=xlsx|csv|parquet&province=94&year=2567: the dataset for that scope as one file; no token
// (reading). National files come from disk once built; while one is built the answer says when to come back.
import type { RequestHandler } from './$types';
import { getDatabase } from '$lib/server/db/database';
import { datasetResponse } from '$lib/server/import-web/dataset-request';

export const GET: RequestHandler = async ({ url, request }) =>
  datasetResponse(await getDatabase(), url.searchParams, request.headers.get('accept'));
