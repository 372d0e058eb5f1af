export type Messages = Record<string, unknown>;

const isObject = (value: unknown): value is Messages => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge of message trees; later trees win on the same key. */
export function mergeMessages(...trees: Messages[]): Messages {
  const out: Messages = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] = isObject(existing) && isObject(value) ? mergeMessages(existing, value) : value;
    }
  }
  return out;
}
