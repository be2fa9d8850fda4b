// Reading a platform's own JSON (API responses in the page's world, and the records the page world
// hands to the content script) with bounds, so a huge or hostile payload costs little. Pure.

export type Json = unknown;
export const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Visits every object of a JSON value, in document order, until `visit` returns false or `maxNodes` are seen. */
export function forEachObject(value: Json, visit: (node: Record<string, Json>) => boolean | void, maxNodes = 200_000): void {
  const stack: Json[] = [value];
  let visited = 0;
  while (stack.length && visited < maxNodes) {
    const node = stack.pop();
    visited++;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) if (typeof node[i] === 'object' && node[i] !== null) stack.push(node[i]);
    } else if (isObject(node)) {
      if (visit(node) === false) return;
      for (const key in node) {
        const child = node[key];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
}

/**
 * The records of a page-world event of `platform`: its detail is a JSON string of an array. Any script
 * on the page can dispatch the event, so each record must still be validated field by field.
 */
export function pageWorldRecords(detail: unknown, platform: string, max: number): Record<string, Json>[] {
  if (typeof detail !== 'string' || detail.length > 5_000_000) return [];
  let data: Json;
  try {
    data = JSON.parse(detail);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.slice(0, max).filter((item): item is Record<string, Json> => isObject(item) && item.platform === platform);
}
