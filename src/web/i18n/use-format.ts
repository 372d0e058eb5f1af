import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  locale: string;
  /** CNY amount, no decimals (account figures are in whole yuan). */
  money: (value: number | null | undefined) => string;
  /** CNY amount in compact form (1.2M / 120万) for charts and tight columns. */
  moneyCompact: (value: number | null | undefined) => string;
  number: (value: number | null | undefined) => string;
  /** A share 0..1 shown as a percentage. */
  percent: (value: number | null | undefined) => string;
  date: (value: string | Date | null | undefined) => string;
  dateTime: (value: string | Date | null | undefined) => string;
  /** A month like 2025-03-01 as "Mar 2025" / "2025年3月". */
  month: (value: string) => string;
  /** The Chinese name in zh-CN when there is one, otherwise the English name. */
  name: (en: string | null | undefined, zh: string | null | undefined) => string;
}

export const dash = '—';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const asDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/** Number, currency and date formatting for the current interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return useMemo(() => {
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CNY',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
    const dayOnly = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    const orDash =
      <T>(format: (value: T) => string) =>
      (value: T | null | undefined) =>
        value === null || value === undefined ? dash : format(value);
    return {
      locale,
      money: orDash((v: number) => money.format(v)),
      moneyCompact: orDash((v: number) => compact.format(v)),
      number: orDash((v: number) => number.format(v)),
      percent: orDash((v: number) => percent.format(v)),
      // A bare calendar day (2025-03-01) is the same day everywhere, whatever the time zone.
      date: orDash((v: string | Date) => (typeof v === 'string' && isDay(v) ? dayOnly : date).format(asDate(v))),
      dateTime: orDash((v: string | Date) => dateTime.format(asDate(v))),
      month: (v: string) => month.format(new Date(`${v.slice(0, 10)}T00:00:00Z`)),
      name: (en, zh) => (locale === 'zh-CN' && zh ? zh : (en ?? zh ?? dash)),
    };
  }, [locale]);
}
