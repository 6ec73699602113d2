/**
 * Snapshots of untrusted values. A caller may pass any JSON value, any object (getters, proxies, null
 * prototypes, `toString` keys) or any primitive. Each public function copies what it needs once, checks
 * the copy and uses only the copy, so a getter cannot answer one value to the check and another to
 * the machine, and nothing here throws.
 */

/** The longest text quoted back in an error message. */
const MAX_QUOTED = 64;

/**
 * A copy of an object's own enumerable string-keyed properties, each read exactly once; null when the
 * value is not a plain object, has more than `maxKeys` keys, or throws while being read (a proxy).
 */
export function snapshotRecord(value: unknown, maxKeys = 32): Record<string, unknown> | null {
  // Stryker disable next-line ConditionalExpression: null would also end below, where Object.keys(null) throws
  if (typeof value !== 'object' || value === null) return null;
  try {
    if (Array.isArray(value)) return null;
    const keys = Object.keys(value);
    if (keys.length > maxKeys) return null;
    const copy: Record<string, unknown> = Object.create(null);
    for (const key of keys) copy[key] = (value as Record<string, unknown>)[key];
    return copy;
  } catch {
    return null;
  }
}

/** A copy of a list, its length read once; 'tooLong' beyond `max` items, null when not a list. */
export function snapshotList(value: unknown, max: number): unknown[] | 'tooLong' | null {
  try {
    if (!Array.isArray(value)) return null;
    const length = value.length;
    if (length > max) return 'tooLong';
    const copy: unknown[] = [];
    for (let i = 0; i < length; i++) copy.push(value[i]);
    return copy;
  } catch {
    return null;
  }
}

/** A short, printable description of any value for an error message (never calls its methods). */
export function quoted(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, MAX_QUOTED);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  return `(${typeof value})`;
}
