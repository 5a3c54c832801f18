import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane (~70 ms here).
// algorithm 2 = Argon2id (a const enum in the typings, which isolatedModules cannot read).
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

// Verifying against this keeps the response time the same for unknown accounts.
let dummyHash: Promise<string> | null = null;
export function dummyVerify(plain: string): Promise<boolean> {
  dummyHash ??= hashPassword("bimbing-dummy-password");
  return dummyHash.then((h) => verifyPassword(h, plain)).then(() => false);
}
