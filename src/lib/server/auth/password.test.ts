// Password hashing: scrypt with a salt per hash and its parameters kept in the string; the right password verifies, no other does.
import { describe, expect, it } from 'vitest';
import { hashPassword, SCRYPT, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores no plain text, a fresh salt each time, and the stated parameters', async () => {
    const a = await hashPassword('รหัสผ่านยาวพอ-2567');
    const b = await hashPassword('รหัสผ่านยาวพอ-2567');
    expect(a).not.toContain('รหัสผ่านยาวพอ');
    expect(a).not.toBe(b);
    const [scheme, N, r, p, salt, key] = a.split('$');
    expect([scheme, Number(N), Number(r), Number(p)]).toEqual([
      'scrypt',
      SCRYPT.N,
      SCRYPT.r,
      SCRYPT.p,
    ]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(SCRYPT.saltBytes);
    expect(Buffer.from(key!, 'base64')).toHaveLength(SCRYPT.keyLength);
  });

  it('verifies the right password only (one character off, empty, another salt’s hash, a malformed string)', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterx', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'plain-text')).toBe(false);
    const other = await hashPassword('something else entirely');
    expect(await verifyPassword('correct horse battery', other)).toBe(false);
  });

  it('verifies a hash made with other parameters (they travel with the hash)', async () => {
    const stored = await hashPassword('correct horse battery');
    const cheaper = stored.replace(`$${SCRYPT.N}$`, '$1024$');
    // Same salt and key under other parameters: the key no longer matches, so it must say no rather than throw.
    expect(await verifyPassword('correct horse battery', cheaper)).toBe(false);
  });
});
