// /account: who is signed in, their role and what they may write, changing their password (required after an admin's reset), signing out.
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/policy';
import { AccountError } from '$lib/server/auth/refusal';
import { sha256 } from '$lib/server/auth/password';
import { changePassword } from '$lib/server/auth/users';
import { accountScope } from '$lib/server/auth/account-scope';
import { getDatabase } from '$lib/server/db/database';

export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(303, '/login?next=/account');
  const u = locals.user;
  return {
    account: {
      login: u.login,
      display_name: u.display_name,
      role: u.role,
      must_change_password: u.must_change_password,
      ...(await accountScope(await getDatabase(), u)),
    },
    minPassword: MIN_PASSWORD_LENGTH,
  };
};

export const actions: Actions = {
  password: async ({ request, locals }) => {
    if (!locals.user) redirect(303, '/login?next=/account');
    const form = await request.formData();
    const next = String(form.get('new') ?? '');
    if (next !== String(form.get('repeat') ?? ''))
      return fail(400, { error: null, mismatch: true, changed: false });
    try {
      await changePassword(
        await getDatabase(),
        locals.user,
        String(form.get('current') ?? ''),
        next,
        locals.session ? sha256(locals.session) : null,
        locals.actor ?? undefined,
      );
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      const { message, message_th, status } = err.refusal;
      return fail(status, { error: { message, message_th }, mismatch: false, changed: false });
    }
    return { error: null, mismatch: false, changed: true };
  },
};
