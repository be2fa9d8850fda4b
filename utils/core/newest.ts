/**
 * Sets `key` as the newest entry of an insertion-ordered map that keeps at most `limit` entries, dropping the
 * oldest: a bounded memory of what a page showed last.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  if (map.size >= limit) map.delete(map.keys().next().value!);
  map.set(key, value);
}
