/** A tag name as stored: trimmed, inner spaces collapsed, 1-40 characters, no ";" (the CSV separator). Null if unusable. */
export function normaliseTag(name: string): string | null {
  const tag = name.trim().replace(/\s+/g, ' ');
  if (!tag || tag.length > 40 || tag.includes(';')) return null;
  return tag;
}
