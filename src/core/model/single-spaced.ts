const SPACE_RUNS = /\s+/g;

/** JavaScript's `\s` beyond the plain space: tabs and line breaks, no-break and other Unicode spaces. */
function isOtherSpace(code: number): boolean {
  if (code < 0x80) return code >= 9 && code <= 13;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What `\s` matches, by its code: no pattern to run over a whole text to learn how it ends. */
export function isSpace(code: number): boolean {
  return code === 32 || isOtherSpace(code);
}

/**
 * Whether collapsing `\s+` into one « » would change the text: only a space other
 * than « », or two spaces in a row, do. A loop, not a regex: it runs for every name
 * and every folded cell, and the regex's Unicode space class was slower than this.
 */
export function hasSpacesToCollapse(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (isOtherSpace(code)) return true;
    else previousSpace = false;
  }
  return false;
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, sparing the copy when there is nothing to
 * collapse: most names are spaced already, and every school row of every sheet
 * and of the registry passes through here.
 */
export function singleSpaced(text: string): string {
  return (hasSpacesToCollapse(text) ? text.replace(SPACE_RUNS, ' ') : text).trim();
}
