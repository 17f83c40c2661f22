// The admin page's door: the request's actor (locals.actor, set by the sign-in hook) must be an admin.
import { error } from '@sveltejs/kit';
import { translator, type Lang } from '../../i18n/messages';
import type { Actor } from '../auth/actor';

/**
 * The admin actor of the request, or a 401 (nobody signed in) or 403 (signed in without the admin role) in the
 * reader's language. Until sign-in exists, locals.actor is never set and the page is always refused.
 */
export function requireAdmin(locals: { actor?: Actor | null; lang?: Lang }): Actor {
  const t = translator(locals.lang ?? 'th');
  const actor = locals.actor ?? null;
  if (!actor) error(401, { message: t('audit.refused.signin') });
  if (actor.role !== 'admin') error(403, { message: t('audit.refused.role') });
  return actor;
}
