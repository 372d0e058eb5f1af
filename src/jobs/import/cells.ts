import { listSeparator } from './kinds.ts';

/**
 * How a cell's text becomes a value: `share` accepts a ratio or a percentage
 * ("0.25" or "25%"); `list` splits on ';'.
 */
export type CellType = 'text' | 'number' | 'share' | 'integer' | 'boolean' | 'list';

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string };

const truthy = new Set(['true', 'yes', 'y', '1', '是', '对']);
const falsy = new Set(['false', 'no', 'n', '0', '否', '不']);

function parseNumber(raw: string): number | null {
  // Spreadsheets write thousands separators ("1,234,567.00"); the value is the same.
  const plain = raw.replaceAll(',', '').replaceAll('_', '').replaceAll(' ', '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** The value of one cell; an empty cell is `undefined`, so schema defaults apply. */
export function cellValue(type: CellType, raw: string): CellResult {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  switch (type) {
    case 'text':
      return { ok: true, value: text };
    case 'number':
    case 'integer': {
      const n = parseNumber(text);
      if (n === null) return { ok: false, message: `"${text}" is not a number` };
      if (type === 'integer' && !Number.isInteger(n)) return { ok: false, message: `"${text}" is not a whole number` };
      return { ok: true, value: n };
    }
    case 'share': {
      const percent = text.endsWith('%');
      const n = parseNumber(percent ? text.slice(0, -1) : text);
      if (n === null) return { ok: false, message: `"${text}" is not a number or a percentage` };
      return { ok: true, value: percent ? n / 100 : n };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (truthy.has(lower)) return { ok: true, value: true };
      if (falsy.has(lower)) return { ok: true, value: false };
      return { ok: false, message: `"${text}" is not true or false` };
    }
    case 'list':
      return {
        ok: true,
        value: text
          .split(listSeparator)
          .map((part) => part.trim())
          .filter((part) => part !== ''),
      };
  }
}
