import { hash, verify, Algorithm } from '@node-rs/argon2';
import { z } from 'zod';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const argon2idOptions = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, argon2idOptions);

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** NCSC guidance: length over complexity rules. */
export const newPasswordSchema = z
  .string()
  .min(12, 'Enter a password of at least 12 characters')
  .max(200, 'Password must be 200 characters or fewer');

/** A hash to verify against when the username is unknown, so timing does not reveal which usernames exist. */
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = (): Promise<string> => (decoyHash ??= hashPassword('harbour-decoy-password'));
