// POST /logout (a form on /account): ends the session and drops its cookie. GET does nothing, so a link cannot sign anyone out.
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { clearSessionCookie } from '$lib/server/auth/session-cookie';
import { endSession } from '$lib/server/auth/sessions';
import { getDatabase } from '$lib/server/db/database';

export const POST: RequestHandler = async ({ locals, cookies, request, url }) => {
  if (locals.session) await endSession(await getDatabase(), locals.session);
  clearSessionCookie(cookies, request, url);
  redirect(303, '/');
};

export const GET: RequestHandler = () => redirect(303, '/account');
