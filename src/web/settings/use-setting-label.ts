import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const humanise = (key: string) => {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

// Where the areas of the method keep the texts of their settings and vocabularies.
const valueNamespaces = [
  'settingsUi.values',
  'selection.scaleBasis',
  'selection.poolReviewCadence',
  'catalog.industries',
  'catalog.serviceLines',
  'catalog.teamRoles',
  'catalog.buyingRoles',
];

/**
 * Texts of the settings form: a field's label (this form's own text, else the
 * area's `<section>.settings.<field>`, else a text for fields of that name, else the
 * field name made readable) and an enum value's label.
 */
export function useSettingLabel() {
  const { t, i18n } = useTranslation();
  const text = useCallback(
    (key: string): string | null => {
      if (!i18n.exists(key)) return null;
      const value = t(key, { returnObjects: true }) as unknown;
      return typeof value === 'string' ? value : null;
    },
    [t, i18n],
  );
  const field = useCallback(
    (path: string[]): string => {
      const [section, ...rest] = path;
      const last = path[path.length - 1] ?? '';
      return (
        // Groups are keyed by their whole path (a group's name and its fields' names share a prefix).
        text(`settingsUi.groups.${path.join('/')}`) ??
        text(`settingsUi.fields.${path.join('.')}`) ??
        (rest.length ? text(`${section}.settings.${rest.join('.')}`) : null) ??
        text(`settingsUi.fieldNames.${last}`) ??
        humanise(last)
      );
    },
    [text],
  );
  const value = useCallback(
    (v: string | number): string => {
      for (const ns of valueNamespaces) {
        const found = text(`${ns}.${v}`);
        if (found) return found;
      }
      return String(v);
    },
    [text],
  );
  const description = useCallback((path: string[]) => text(`settingsUi.hints.${path.join('.')}`), [text]);
  return { field, value, description };
}
