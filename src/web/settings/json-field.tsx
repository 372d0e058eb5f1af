import { JsonInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface JsonFieldProps {
  label: string;
  description?: string;
  error?: string;
  readOnly: boolean;
  value: unknown;
  onChange: (value: unknown) => void;
  'data-field'?: string;
}

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 2));

/**
 * A part of the settings too rich for a plain input (a list of records): edited as
 * JSON, taken into the document only once it parses, the server checking the rest.
 */
export function JsonField({ label, description, error, readOnly, value, onChange, ...rest }: JsonFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(show(value));
  const [invalid, setInvalid] = useState(false);

  // A value changed from outside (a version loaded, a reset) replaces what is typed.
  useEffect(() => {
    setText((current) => {
      try {
        return JSON.stringify(JSON.parse(current)) === JSON.stringify(value) ? current : show(value);
      } catch {
        return show(value);
      }
    });
  }, [value]);

  return (
    <JsonInput
      label={label}
      description={description}
      readOnly={readOnly}
      value={text}
      autosize
      minRows={3}
      maxRows={16}
      formatOnBlur
      data-field={rest['data-field']}
      error={invalid ? t('settingsUi.invalidJson') : error}
      onChange={(next) => {
        setText(next);
        try {
          onChange(JSON.parse(next));
          setInvalid(false);
        } catch {
          setInvalid(true);
        }
      }}
    />
  );
}
