import { type Reason, reason } from '../reason.ts';

/**
 * A reason whose text lives under `reasons.power_map.<rule>`: every area's texts are
 * merged into one tree, and rule names such as `key_contact_left` or `coach` are
 * natural in other areas too (the dangerous-customer signals), so ours get their own branch.
 * A `variant` picks another wording of the same rule (`<rule>_<variant>`), e.g. when
 * the input is missing and "{{input}} days ago" would read as nonsense.
 */
export function powerMapReason(
  rule: string,
  met: boolean,
  details: Omit<Reason, 'rule' | 'met' | 'key'> = {},
  variant?: string,
): Reason {
  return reason(rule, met, { ...details, key: `reasons.power_map.${rule}${variant ? `_${variant}` : ''}` });
}
