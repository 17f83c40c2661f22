// /setup: the first admin, created with the one-time code the server printed to its log; closed once any account exists.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createFirstAdmin, openSetupIfNoUser } from '$lib/server/auth/first-admin';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/policy';
import { AccountError } from '$lib/server/auth/refusal';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { createSession } from '$lib/server/auth/sessions';
import { getDatabase } from '$lib/server/db/database';

export const load: PageServerLoad = async () => ({
  // Opens setup here too when the database could not be opened at start (the code is then printed now).
  open: await openSetupIfNoUser(await getDatabase()),
  minPassword: MIN_PASSWORD_LENGTH,
});

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData();
    const field = (name: string) => String(form.get(name) ?? '');
    const db = await getDatabase();
    try {
      const admin = await createFirstAdmin(db, {
        code: field('code'),
        login: field('login'),
        displayName: field('display_name') || null,
        password: field('password'),
      });
      setSessionCookie(cookies, request, url, await createSession(db, admin, getClientAddress()));
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      const { message, message_th, status } = err.refusal;
      return fail(status, { login: field('login'), error: { message, message_th } });
    }
    redirect(303, '/account');
  },
};
