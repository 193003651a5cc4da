/** Elements of a top-level array stringified together: large enough to be one call, small enough to stay a few MB. */
const BATCH = 256;

/**
 * report.json exactly as `JSON.stringify(report, null, 2)` writes it, in pieces: at a region
 * it is 40 MB, and one string of it (with its UTF-8 copy) was a fifth of the command line's
 * peak memory. Arrays at the top level are written a batch of elements at a time. Each piece is
 * stringified inside a wrapper of the depth it has in the whole (`{"key": [batch]}`), so
 * JSON.stringify indents it and only the wrapper's ends are cut off: no second pass re-indents it.
 */
export function* reportJson(report: object): Generator<string> {
  const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i];
    const head = `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield head + between(JSON.stringify({ [key]: value }, null, 2), `{\n  ${JSON.stringify(key)}: `, '\n}');
      continue;
    }
    yield `${head}[`;
    for (let at = 0; at < value.length; at += BATCH) {
      const batch = value.slice(at, at + BATCH);
      yield (at === 0 ? '\n' : ',\n') + between(JSON.stringify({ '': batch }, null, 2), '{\n  "": [\n', '\n  ]\n}');
    }
    yield '\n  ]';
  }
  yield entries.length > 0 ? '\n}\n' : '}\n';
}

function between(json: string, start: string, end: string): string {
  return json.slice(start.length, json.length - end.length);
}
