// Password hashing with node's scrypt: a random salt per user, parameters kept in the stored string, constant-time verify.
import crypto from 'node:crypto';

/**
 * scrypt cost N = 2^15, block size r = 8, parallelism p = 1: 32 MiB and 0.1-0.5 s per hash on this project's 2-core
 * machine. OWASP suggests N = 2^17 (128 MiB per sign-in), too much memory for the small servers this runs on; the
 * lock-out bounds guessing instead. The parameters are stored with each hash, so raising N later (here) still
 * verifies the older hashes.
 */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 64, saltBytes: 16 } as const;

const scrypt = (password: string, salt: Buffer, N: number, r: number, p: number, len: number) =>
  new Promise<Buffer>((resolve, reject) =>
    crypto.scrypt(
      password.normalize('NFC'),
      salt,
      len,
      // maxmem must exceed 128·N·r bytes, or node refuses the parameters.
      { N, r, p, maxmem: 256 * N * r },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  );

/** 'scrypt$N$r$p$<salt base64>$<key base64>'. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(SCRYPT.saltBytes);
  const { N, r, p, keyLength } = SCRYPT;
  const key = await scrypt(password, salt, N, r, p, keyLength);
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when password is the one hashed; false for any other password or a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (!N || !r || !p || expected.length === 0) return false;
  const key = await scrypt(password, salt, N, r, p, expected.length);
  return crypto.timingSafeEqual(key, expected);
}

/**
 * A hash of nothing anyone knows, verified against when a login does not exist, so that the answer takes as long
 * as for a real login with a wrong password (the timing does not tell which logins exist).
 */
let decoy: Promise<string> | null = null;
export const decoyHash = (): Promise<string> =>
  (decoy ??= hashPassword(crypto.randomBytes(16).toString('hex')));

/** A random password for a new or reset account, given once to the admin, changed at first sign-in. */
export function randomPassword(): string {
  return crypto.randomBytes(12).toString('base64url');
}

/** SHA-256 in hex: how session ids, API tokens and setup codes are stored (they are long random values, not passwords). */
export const sha256 = (value: string): string =>
  crypto.createHash('sha256').update(value, 'utf8').digest('hex');

/** A long random secret for a cookie or a token. */
export const randomSecret = (bytes = 32): string => crypto.randomBytes(bytes).toString('base64url');
