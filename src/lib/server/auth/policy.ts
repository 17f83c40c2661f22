// The numbers of the account rules in one place: lock-out, session life, password length (the README's Security section states them).

/** Failed sign-ins for one login within LOCKOUT_WINDOW_MINUTES that lock that login. */
export const MAX_FAILURES_PER_LOGIN = 5;
/** Failed sign-ins from one address (any login) within LOCKOUT_WINDOW_MINUTES that lock that address. */
export const MAX_FAILURES_PER_IP = 20;
/** How far back failures count, and so how long a lock lasts after the last failure. */
export const LOCKOUT_WINDOW_MINUTES = 15;

/** A session ends this long after sign-in, whatever happens. */
export const SESSION_HOURS = 12;
/** A session ends after this long without a request. */
export const SESSION_IDLE_HOURS = 2;
/** last_seen is written at most this often per session (each request would otherwise be a write). */
export const LAST_SEEN_EVERY_SECONDS = 60;

/** The shortest password accepted; no other composition rule (length is what resists guessing). */
export const MIN_PASSWORD_LENGTH = 10;

/** The session cookie's name. */
export const SESSION_COOKIE = 'ita_session';
