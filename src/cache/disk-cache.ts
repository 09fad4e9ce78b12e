/**
 * A keyed cache kept in one file, for results that are costly to compute and
 * depend only on their key and on the code that computed them.
 *
 * The file records the cache's identity (code and package versions, see
 * cache-identity.ts) and is ignored when it is not this code's. It is written
 * with V8's serializer rather than JSON: at 10,000 articles (~90 MB of HTML and
 * text) it loads in ~0.2 s instead of ~0.55 s and saves in ~0.1 s instead of
 * ~0.7 s (measured here), and it is read back as the Map it was. Only entries
 * used by the last build are saved, so the file never grows with old content.
 * A process that builds more than once (`npm start`) can ask to keep what it
 * read or wrote in memory (`remember`) and read the file again only if it
 * changed meanwhile; a one-off build does not, since at 100,000 articles
 * those entries would stay in memory beside the archive for nothing
 * (docs/performance.md, "Memory: the archive at 100,000 articles").
 */
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";

/** What a cache file holds. */
interface CacheFile<V> {
  identity: string;
  entries: Map<string, V>;
}

/** What this process last read or wrote, per cache file. */
const remembered = new Map<string, { mtimeMs: number; size: number; identity: string; entries: Map<string, unknown> }>();

/** Values by key, read from and written to `file`, valid only for `identity`. */
export class DiskCache<V> {
  private entries = new Map<string, V>();
  private readonly used = new Map<string, V>();
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly identity: string,
    /** Keep the entries in memory after this cache is gone, for the next build in this process. */
    private readonly remember = false,
  ) {}

  /** Reads the file; a missing, unreadable or foreign file is an empty cache, never an error. */
  load(): this {
    this.entries = new Map();
    try {
      const stat = fs.statSync(this.file);
      const known = remembered.get(this.file);
      if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size && known.identity === this.identity) {
        this.entries = known.entries as Map<string, V>;
        return this;
      }
      const parsed = v8.deserialize(fs.readFileSync(this.file)) as Partial<CacheFile<V>> | null;
      if (parsed && parsed.identity === this.identity && parsed.entries instanceof Map) {
        this.entries = parsed.entries;
        if (this.remember) remembered.set(this.file, { mtimeMs: stat.mtimeMs, size: stat.size, identity: this.identity, entries: this.entries });
      }
    } catch {
      // No cache yet, or one this Node cannot read: start empty.
    }
    return this;
  }

  /** The value stored under `key`, or undefined. */
  get(key: string): V | undefined {
    const hit = this.used.get(key) ?? this.entries.get(key);
    if (hit !== undefined) this.used.set(key, hit);
    return hit;
  }

  /** Stores a value. */
  set(key: string, value: V): void {
    this.used.set(key, value);
    this.dirty = true;
  }

  /** Writes the entries used since `load` (dropping the others), atomically, and returns the keys dropped; a failure only costs time later. */
  save(): string[] {
    if (!this.dirty && this.used.size === this.entries.size) return [];
    const dropped: string[] = [];
    for (const key of this.entries.keys()) if (!this.used.has(key)) dropped.push(key);
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, v8.serialize({ identity: this.identity, entries: this.used } satisfies CacheFile<V>));
      fs.renameSync(temp, this.file);
      this.entries = new Map(this.used);
      this.dirty = false;
      const stat = fs.statSync(this.file);
      if (this.remember) remembered.set(this.file, { mtimeMs: stat.mtimeMs, size: stat.size, identity: this.identity, entries: this.entries });
    } catch {
      // A cache that cannot be written only costs time on the next build; its entries stay as they were.
      return [];
    }
    return dropped;
  }
}
