import { Fieldset, MultiSelect, NumberInput, Select, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import type { SchemaNode } from './use-settings.ts';
import { JsonField } from './json-field.tsx';
import { useSettingLabel } from './use-setting-label.ts';

// z.toJSONSchema writes "no upper bound" for integers as the largest safe integer.
const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);
const typeOf = (node: SchemaNode) => (Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type);

interface FieldProps {
  node: SchemaNode;
  path: string[];
  value: unknown;
  onChange: (path: string[], value: unknown) => void;
  readOnly: boolean;
  /** The dotted path the server named as invalid, with its message. */
  error: { field: string; message: string } | null;
}

/**
 * One field of the settings document, drawn from its JSON Schema: numbers with their
 * bounds, switches, choices, lists; nested sections as fieldsets; anything richer
 * (lists of records) as checked JSON.
 */
export function SettingsField({ node, path, value, onChange, readOnly, error }: FieldProps) {
  const labels = useSettingLabel();
  const dotted = path.join('.');
  const label = labels.field(path);
  const description = labels.description(path) ?? undefined;
  const fieldError = error && (error.field === dotted || error.field.startsWith(`${dotted}.`)) ? error.message : undefined;
  const common = { label, description, error: fieldError, readOnly, 'data-field': dotted };
  const type = typeOf(node);

  if (type === 'object' && node.properties) {
    const current = (value ?? {}) as Record<string, unknown>;
    return (
      <Fieldset legend={label} variant="filled" data-field={dotted}>
        <Stack gap="xs">
          {Object.entries(node.properties).map(([key, child]) => (
            <SettingsField
              key={key}
              node={child}
              path={[...path, key]}
              value={current[key]}
              onChange={onChange}
              readOnly={readOnly}
              error={error}
            />
          ))}
        </Stack>
      </Fieldset>
    );
  }
  if (type === 'boolean') {
    return (
      <Switch
        label={label}
        description={description}
        error={fieldError}
        disabled={readOnly}
        data-field={dotted}
        checked={Boolean(value)}
        onChange={(e) => onChange(path, e.currentTarget.checked)}
      />
    );
  }
  if (type === 'number' || type === 'integer') {
    return (
      <NumberInput
        {...common}
        value={typeof value === 'number' ? value : ''}
        min={bound(node.minimum)}
        max={bound(node.maximum)}
        allowDecimal={type === 'number'}
        thousandSeparator=","
        onChange={(v) => onChange(path, v === '' ? undefined : Number(v))}
        maw={360}
      />
    );
  }
  if (type === 'string' && node.enum) {
    return (
      <Select
        {...common}
        data={node.enum.map((v) => ({ value: String(v), label: labels.value(v) }))}
        value={typeof value === 'string' ? value : null}
        onChange={(v) => onChange(path, v ?? undefined)}
        allowDeselect={false}
        maw={360}
      />
    );
  }
  if (type === 'string') {
    return (
      <TextInput
        {...common}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(path, e.currentTarget.value)}
        maw={480}
      />
    );
  }
  if (type === 'array' && node.items?.enum) {
    return (
      <MultiSelect
        {...common}
        data={node.items.enum.map((v) => ({ value: String(v), label: labels.value(v) }))}
        value={Array.isArray(value) ? value.map(String) : []}
        onChange={(v) => onChange(path, v)}
      />
    );
  }
  if (type === 'array' && typeOf(node.items ?? {}) === 'string') {
    return <TagsInput {...common} value={Array.isArray(value) ? value.map(String) : []} onChange={(v) => onChange(path, v)} />;
  }
  return <JsonField {...common} value={value} onChange={(v) => onChange(path, v)} />;
}
