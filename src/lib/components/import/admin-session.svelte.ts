// The admin token (kept in sessionStorage, this tab only) and the person's name (localStorage), shared by the import screens.
const TOKEN_KEY = 'ita-admin-token';
const WHO_KEY = 'ita-who';

export const admin = $state({ token: '', who: '', verified: false });

/** Reads what this tab remembered; call once in the browser (onMount). */
export function restoreAdmin(): void {
  admin.token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  admin.who = localStorage.getItem(WHO_KEY) ?? '';
}

export function rememberAdmin(): void {
  if (admin.token) sessionStorage.setItem(TOKEN_KEY, admin.token);
  else sessionStorage.removeItem(TOKEN_KEY);
  if (admin.who) localStorage.setItem(WHO_KEY, admin.who);
}

export function forgetToken(): void {
  admin.token = '';
  admin.verified = false;
  sessionStorage.removeItem(TOKEN_KEY);
}

/** The header that carries the token; only requests that write send it. */
export const tokenHeaders = (): Record<string, string> =>
  admin.token ? { 'x-ita-admin-token': admin.token } : {};
