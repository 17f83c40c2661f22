// What an account may write, in names a person reads: its provinces or organisations from the registry.
import type { Database } from '../db/database';
import { orgTargets } from './authorize';
import { provinceOf } from '../registry/subdistricts';
import type { User } from './users';

export async function accountScope(
  db: Database,
  user: User,
): Promise<{ provinces: string[]; orgs: string[] }> {
  return {
    provinces: user.provinces.map((p) => `${provinceOf(p)?.name_th ?? p} (${p})`),
    orgs: (await orgTargets(db, user.orgs)).map((o) => `${o.name_th} (${o.code})`),
  };
}
