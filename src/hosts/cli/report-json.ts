/**
 * report.json exactly as `JSON.stringify(report, null, 2)` writes it, in pieces: at a region
 * it is 40 MB, and one string of it (with its UTF-8 copy) was a fifth of the command line's
 * peak memory. Arrays at the top level are written an element at a time.
 */
export function* reportJson(report: object): Generator<string> {
  const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i];
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (let k = 0; k < value.length; k++)
        yield `${k === 0 ? '' : ','}\n    ${indent(JSON.stringify(value[k] ?? null, null, 2), '    ')}`;
      yield '\n  ]';
    } else {
      yield indent(JSON.stringify(value, null, 2), '  ');
    }
  }
  yield entries.length > 0 ? '\n}\n' : '}\n';
}

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}
