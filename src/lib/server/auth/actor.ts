// Who makes a write: a signed-in user, a user's API token, or the command line. Every write carries one into its audit row.
import os from 'node:os';

/** admin: everything, users. analyst: import and correct data of their provinces. officer: their organisations' reports. */
export const ROLES = ['admin', 'analyst', 'officer'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** How the request was authenticated: a session cookie, an API token (header), or the command line on the server. */
  via: 'session' | 'token' | 'cli';
  /** users.id; null for the command line. */
  userId: string | null;
  /** The login name, or `cli:<os user>`. */
  name: string;
  /** The command line may do what an admin may (it runs on the server, beside the database file). */
  role: Role;
  /** 2-digit province codes an analyst may write; empty for the other roles. */
  provinces: readonly string[];
  /** Organisation codes an officer may write; empty for the other roles. */
  orgs: readonly string[];
  /** The client's address for a web request; null for the command line. */
  ip: string | null;
}

/** The actor of a command run on the server. */
export function cliActor(user: string = safeUser()): Actor {
  return {
    via: 'cli',
    userId: null,
    name: `cli:${user}`,
    role: 'admin',
    provinces: [],
    orgs: [],
    ip: null,
  };
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
