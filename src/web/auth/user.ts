import type { UserRole } from '../../domain/catalog.ts';

export type Locale = 'en' | 'zh-CN';

/** The signed-in user, as GET /api/me returns it. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  nameZh: string | null;
  role: UserRole;
  locale: string;
  regionId: string | null;
  departmentId: string | null;
}
