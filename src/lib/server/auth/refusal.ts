// The one shape every refusal of the account rules takes: an HTTP status, a code, and the reason in English and Thai.

export interface Refusal {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 429;
  code: string;
  message: string;
  message_th: string;
}

export type Decision = { ok: true } | Refusal;

export const refuse = (
  status: Refusal['status'],
  code: string,
  message: string,
  message_th: string,
): Refusal => ({ ok: false, status, code, message, message_th });

/** A refusal thrown by the account functions (users, tokens, setup); the CLI prints it, the pages show it. */
export class AccountError extends Error {
  readonly refusal: Refusal;
  constructor(status: Refusal['status'], code: string, message: string, message_th: string) {
    super(`${message} / ${message_th}`);
    this.refusal = refuse(status, code, message, message_th);
  }
}
