import { useEffect } from 'react';
import { api } from '../app/api.ts';
import type { CurrentUser } from '../auth/user.ts';
import { applyLocale, asLocale, storedLocale } from './setup.ts';

/**
 * A language chosen on this device wins and is sent to the server as the user's
 * preference; on a device with no choice yet, the user's saved preference is used.
 */
export function useLocaleSync(user: CurrentUser | null | undefined): void {
  useEffect(() => {
    if (!user) return;
    const local = storedLocale();
    const saved = asLocale(user.locale);
    if (local === null) void applyLocale(saved);
    else if (local !== saved) void api('/me', { method: 'PATCH', body: { locale: local } }).catch(() => undefined);
  }, [user]);
}
