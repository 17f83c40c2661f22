// The running server's import dependencies: its database, its resolver, and who makes the request (set by hooks.server.ts).
import type { Actor } from '../auth/actor';
import { appResolver } from '../app-context';
import { getDatabase } from '../db/database';
import type { ImportDeps } from './handlers';

export async function appImportDeps(actor: Actor | null): Promise<ImportDeps> {
  return { db: await getDatabase(), actor, resolver: appResolver };
}
