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
 */
export function collectRecords<T>(
  response: Json,
  read: (node: Record<string, Json>) => T | null | undefined,
  keyOf: (record: T) => string,
  limits: { maxNodes: number; maxRecords: number; descend: boolean },
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
        if (!found.has(key)) found.set(key, record);
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
 * The objects of a page-world event's detail: a JSON array in a string. Any script on the page can
 * dispatch the event, so everything else (a huge string, bad JSON, not an array) gives nothing.
 */
export function eventObjects(detail: unknown, maxRecords: number): Record<string, Json>[] {
  if (typeof detail !== 'string' || detail.length > 5_000_000) return [];
  let data: unknown;
  try {
    data = JSON.parse(detail);
  } catch {
    return [];
  }
  return Array.isArray(data) ? data.slice(0, maxRecords).filter(isObject) : [];
}
