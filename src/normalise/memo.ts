// A bounded cache of what a pure reading of a text returned, by the text and what else it depends on, handing out a
// fresh copy each time. Pages repeat sentences (a list's items, boilerplate, the same line in versions of a page),
// and several readers of one sentence ask the normalisers the same question: the second asking costs a copy.

/** What a copy keeps as it is: frozen objects (shared constants) and anything not a plain object or array. */
const kept = (value: object): boolean => Object.isFrozen(value) || (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype);

/** Whether plain data reaches one object (that a copy would copy) twice. */
function reachesTwice(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null || kept(value)) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  const parts: unknown[] = Array.isArray(value) ? value : Object.values(value);
  for (const part of parts) if (reachesTwice(part, seen)) return true;
  return false;
}

/**
 * A deep copy of plain data (objects, arrays, primitives), as a new reading would build it; frozen objects and anything
 * not a plain object or array are kept as they are. With `seen`, an object reached twice is one object in the copy too.
 */
function copy(value: unknown, seen: Map<object, unknown> | undefined): unknown {
  if (typeof value !== 'object' || value === null || kept(value)) return value;
  if (seen) {
    const known = seen.get(value);
    if (known !== undefined) return known;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    seen?.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], seen);
    return out;
  }
  const out: Record<string, unknown> = {};
  seen?.set(value, out);
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], seen);
  return out;
}

interface Entry<V> {
  value: V;
  /** The value reaches one object twice: its copy must too. */
  shared: boolean;
}

/** What a generation holds of a text under one context: its kept value, or `SEEN` when it was asked once. */
const SEEN = 0;

/** One generation: by context (what else a reading depends on, a short key), then by the text itself. */
class Generation<V> {
  readonly byContext = new Map<string, Map<string, Entry<V> | typeof SEEN>>();
  size = 0;

  find(context: string, text: string): Entry<V> | typeof SEEN | undefined {
    return this.byContext.get(context)?.get(text);
  }

  set(context: string, text: string, entry: Entry<V> | typeof SEEN): void {
    let texts = this.byContext.get(context);
    if (texts === undefined) this.byContext.set(context, (texts = new Map()));
    const size = texts.size;
    texts.set(text, entry);
    this.size += texts.size - size;
  }
}

/**
 * Results by context and text, at most about `2 × limit` texts: the newer generation and the older; a text found in the
 * older moves to the newer, and when the newer is full the older is dropped, so memory stays bounded over any corpus.
 * Most texts are asked once: the first asking is only noted (the caller gets the reading itself, uncopied), and the value is
 * kept at the second, so a text read once costs no copy and no kept value. Each later asking gets its own copy (see
 * `copy`): a caller can change it, or tell its objects from another reading's, as before the cache; the kept value is
 * never handed out. The key is the text itself under a short context, so no key string is built from the text.
 */
export class TextMemo<V> {
  private newer = new Generation<V>();
  private older = new Generation<V>();

  constructor(private readonly limit = 8192) {}

  /** A copy of the value kept for `text` under `context`, or `read()` (kept when the text was asked before). */
  get(context: string, text: string, read: () => V): V {
    let found = this.newer.find(context, text);
    if (found === undefined) {
      found = this.older.find(context, text);
      if (found === undefined) {
        this.keep(context, text, SEEN);
        return read();
      }
      this.keep(context, text, found);
    }
    if (found === SEEN) {
      const value = read();
      const entry: Entry<V> = { value, shared: reachesTwice(value) };
      this.keep(context, text, entry);
      // The reading goes to the caller; the kept value is a copy that no caller holds.
      entry.value = copy(value, entry.shared ? new Map() : undefined) as V;
      return value;
    }
    return copy(found.value, found.shared ? new Map() : undefined) as V;
  }

  private keep(context: string, text: string, entry: Entry<V> | typeof SEEN): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Generation();
    }
    this.newer.set(context, text, entry);
  }
}

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/** A short name for an object's identity, for a key ('-' for no object): the same object, the same name. */
export function identityOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '-';
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++lastIdentity));
  return String(id);
}
