/**
 * Reading a platform's JSON (its API responses, and the records its page-world observer sends):
 * bounded walks and checked fields, shared by the platforms' network modules. Pure.
 */
export type Json = unknown;

export const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-empty string, cut at `max`; anything else is undefined. */
export const str = (v: Json, max = 2_000): string | undefined => (typeof v === 'string' && v.length > 0 ? v.slice(0, max) : undefined);

/**
 * The records `read` recognises in a response, depth first, deduplicated by `keyOf`, within bounds so
 * a huge or hostile payload costs little. `descend`: whether to look inside a recognised object too.
 * `merge`: how a record seen again combines with the one kept (default: the first is kept).
 */
export function collectRecords<T>(
  response: Json,
  read: (node: Record<string, Json>) => T | null | undefined,
  keyOf: (record: T) => string,
  limits: { maxNodes: number; maxRecords: number; descend: boolean; merge?: (kept: T, again: T) => T },
): T[] {
  const found = new Map<string, T>();
  const stack: Json[] = [response];
  let visited = 0;
  while (stack.length && visited < limits.maxNodes && found.size < limits.maxRecords) {
    const node = stack.pop();
    visited++;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) if (typeof node[i] === 'object' && node[i] !== null) stack.push(node[i]);
    } else if (isObject(node)) {
      const record = read(node);
      if (record) {
        const key = keyOf(record);
        const kept = found.get(key);
        if (kept === undefined) found.set(key, record);
        else if (limits.merge) found.set(key, limits.merge(kept, record));
        if (!limits.descend) continue;
      }
      for (const key in node) {
        const value = node[key];
        if (typeof value === 'object' && value !== null) stack.push(value);
      }
    }
  }
  return [...found.values()];
}

/**
 * The records of a page-world event of `platform`: its detail is a JSON string of an array. Any script
 * on the page can dispatch the event, so everything else (a huge string, bad JSON, not an array, another
 * platform's records) gives nothing, and each record must still be validated field by field.
 */
export function pageWorldRecords(detail: unknown, platform: string, maxRecords: number): Record<string, Json>[] {
  if (typeof detail !== 'string' || detail.length > 5_000_000) return [];
  let data: unknown;
  try {
    data = JSON.parse(detail);
  } catch {
    return [];
  }
  return Array.isArray(data) ? data.slice(0, maxRecords).filter((item): item is Record<string, Json> => isObject(item) && item.platform === platform) : [];
}
