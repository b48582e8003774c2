/**
 * Applies Drive's `fields` partial-response selector (`id,name,files(id,appProperties)`, `*`) to a
 * JSON object, so the emulator returns only what was asked for, as Drive does; a client that
 * forgets to request `md5Checksum` then notices in tests.
 */

type Selection = Map<string, Selection | true>;

function parseSelection(spec: string): Selection {
  let at = 0;
  function parseList(): Selection {
    const selection: Selection = new Map();
    for (;;) {
      const match = /^\s*([A-Za-z*][A-Za-z0-9_*/]*)\s*/.exec(spec.slice(at));
      if (!match) throw new Error(`Bad fields selector: ${spec}`);
      at += match[0].length;
      const path = match[1]!.split('/');
      let target = selection;
      for (const [index, key] of path.entries()) {
        const last = index === path.length - 1;
        if (last && spec[at] === '(') {
          at++;
          target.set(key, parseList());
          if (spec[at] !== ')') throw new Error(`Bad fields selector: ${spec}`);
          at++;
        } else if (last) {
          target.set(key, true);
        } else {
          const existing = target.get(key);
          const next: Selection = existing instanceof Map ? existing : new Map();
          target.set(key, next);
          target = next;
        }
      }
      if (spec[at] !== ',') return selection;
      at++;
    }
  }
  const selection = parseList();
  if (at !== spec.length) throw new Error(`Bad fields selector: ${spec}`);
  return selection;
}

function apply(value: unknown, selection: Selection): unknown {
  if (Array.isArray(value)) return value.map((item) => apply(item, selection));
  if (value === null || typeof value !== 'object') return value;
  if (selection.get('*') === true) return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, sub] of selection) {
    if (!(key in source)) continue;
    result[key] = sub === true ? source[key] : apply(source[key], sub);
  }
  return result;
}

/** Throws on a malformed selector (Drive answers 400 for those). */
export function selectFields<T>(value: T, spec: string): unknown {
  return apply(value, parseSelection(spec));
}
