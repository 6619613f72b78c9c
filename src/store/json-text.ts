// JSON for jsonb columns. PostgreSQL's jsonb cannot hold the NUL character
// (\u0000): it would fail the whole statement, so NULs are dropped from every
// string. Nobody types one on purpose; losing it keeps the rest of their words.
export function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => (typeof field === 'string' && field.includes('\u0000') ? field.replaceAll('\u0000', '') : field));
}
