// /login: the sign-in form; a session cookie on success, the reason (wrong, locked, disabled) otherwise.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { setupOpen } from '$lib/server/auth/first-admin';
import { LOCKOUT_WINDOW_MINUTES, MAX_FAILURES_PER_LOGIN } from '$lib/server/auth/policy';
import { localPath, setSessionCookie } from '$lib/server/auth/session-cookie';
import { signIn } from '$lib/server/auth/sign-in';
import { getDatabase } from '$lib/server/db/database';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, localPath(url.searchParams.get('next'), '/account'));
  return {
    setupOpen: setupOpen(),
    lockout: { failures: MAX_FAILURES_PER_LOGIN, minutes: LOCKOUT_WINDOW_MINUTES },
  };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, getClientAddress }) => {
    const form = await request.formData();
    const login = String(form.get('login') ?? '');
    const r = await signIn(await getDatabase(), {
      login,
      password: String(form.get('password') ?? ''),
      ip: getClientAddress(),
    });
    if (!r.ok)
      return fail(r.status, { login, error: { message: r.message, message_th: r.message_th } });
    setSessionCookie(cookies, request, url, r.session);
    redirect(
      303,
      r.user.must_change_password ? '/account' : localPath(url.searchParams.get('next')),
    );
  },
};
