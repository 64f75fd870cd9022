/**
 * What the device keeps to let a worker unlock offline: a PBKDF2-SHA-256 verifier of the
 * password (never the password). 600,000 iterations is OWASP's current figure for PBKDF2-SHA256.
 */
export interface PasswordVerifier {
  salt: string;
  iterations: number;
  hash: string;
}

const ITERATIONS = 600_000;
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function createVerifier(
  password: string,
  iterations = ITERATIONS,
): Promise<PasswordVerifier> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    salt: toBase64(salt),
    iterations,
    hash: toBase64(await derive(password, salt, iterations)),
  };
}

export async function checkVerifier(
  password: string,
  verifier: PasswordVerifier,
): Promise<boolean> {
  const actual = await derive(password, fromBase64(verifier.salt), verifier.iterations);
  const expected = fromBase64(verifier.hash);
  // Constant-time enough for a local check: compare every byte.
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++)
    diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
