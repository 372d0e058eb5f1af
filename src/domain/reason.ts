/**
 * Every judgement the method makes carries the reasons that produced it:
 * which rule, what input value, against which threshold, and whether it held.
 * `key` is an i18n key (namespace `reasons`) so the UI can say it in both languages.
 */
export interface Reason {
  rule: string;
  key: string;
  met: boolean;
  input?: unknown;
  threshold?: unknown;
  params?: Record<string, unknown>;
}

export interface Judgement<T> {
  value: T;
  reasons: Reason[];
}

export function reason(
  rule: string,
  met: boolean,
  details: Omit<Reason, 'rule' | 'met' | 'key'> & { key?: string } = {},
): Reason {
  return { rule, key: details.key ?? `reasons.${rule}`, met, ...details };
}
