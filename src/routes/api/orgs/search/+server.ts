// GET /api/orgs/search?q=…: organisations for the search box, as JSON.
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { appResolver } from '$lib/server/app-context';
import { searchOrgs } from '$lib/server/registry/org-search';

export const GET: RequestHandler = async ({ url }) =>
  json(searchOrgs(await appResolver(), url.searchParams.get('q') ?? ''));
