import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a session cookie or an API token. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Only hashes are stored: a copied database does not yield live credentials. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const apiTokenPrefix = 'abr_';
