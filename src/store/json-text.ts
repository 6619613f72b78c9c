// JSON for jsonb columns. PostgreSQL's jsonb cannot hold the NUL character
// (\u0000) nor a lone UTF-16 surrogate (JSON.stringify writes one as \ud800,
// which jsonb refuses): either would fail the whole statement, a batch of
// other people's turns with it. So NULs are dropped from every string and
// every key, and a lone surrogate becomes U+FFFD. Nobody types one on purpose;
// losing it keeps the rest of their words.
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => {
    if (typeof field === 'string') return storable(field);
    if (field !== null && typeof field === 'object' && !Array.isArray(field) && Object.keys(field).some((key) => storable(key) !== key)) {
      return Object.fromEntries(Object.entries(field).map(([key, inner]) => [storable(key), inner]));
    }
    return field;
  });
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** The string as PostgreSQL text can hold it (see above). */
function storable(text: string): string {
  const withoutNul = text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
  return LONE_SURROGATE.test(withoutNul) ? withoutNul.replace(LONE_SURROGATES, '\ufffd') : withoutNul;
}
