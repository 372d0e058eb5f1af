import { z } from 'zod';

/**
 * The industries and service lines the product speaks of. Settings validate against
 * them so that a typo in the company document cannot silently empty a criterion.
 */
export const INDUSTRIES = [
  'apparel',
  'auto_parts',
  'pharma',
  'home_appliances',
  'ecommerce',
  'fmcg',
  'electronics',
] as const;
export type Industry = (typeof INDUSTRIES)[number];
export const industrySchema = z.enum(INDUSTRIES);

export const SERVICE_LINES = [
  'express',
  'linehaul',
  'ltl',
  'warehousing',
  'last_mile',
  'b2c_fulfilment',
  'cold_chain',
  'customs',
  'contract_logistics',
] as const;
export type ServiceLine = (typeof SERVICE_LINES)[number];
export const serviceLineSchema = z.enum(SERVICE_LINES);
