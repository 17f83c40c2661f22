// The signed-in account as the import screens show it (name, role, what it may write); never its hash or sessions.
import type { AccountSummary } from '$lib/features/import/import-types';
import type { Database } from '../db/database';
import { accountScope } from './account-scope';
import type { User } from './users';

export async function pageAccount(db: Database, user: User | null): Promise<AccountSummary | null> {
  if (!user) return null;
  const { provinces, orgs } = await accountScope(db, user);
  return {
    login: user.login,
    display_name: user.display_name,
    role: user.role,
    scope: [...provinces, ...orgs],
  };
}
