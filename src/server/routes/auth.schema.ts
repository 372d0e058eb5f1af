import { z } from 'zod';
import { userRoles } from '../../domain/catalog.ts';

export const loginBody = z.object({
  email: z.string().trim().email().max(200),
  password: z.string().min(1).max(200),
});

export const userView = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  nameZh: z.string().nullable(),
  role: z.enum(userRoles),
  regionId: z.string().uuid().nullable(),
  departmentId: z.string().uuid().nullable(),
  locale: z.string(),
});

export const meResponse = z.object({ user: userView });
export const updateMeBody = z.object({ locale: z.enum(['en', 'zh-CN']) });
