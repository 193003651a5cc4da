const SPACE_RUNS = /\s+/g;
/** A space other than « », or two in a row: only then does collapsing change the text. */
const SPACES_TO_COLLAPSE = /[^\S ]|\s\s/;

/**
 * `text.replace(/\s+/g, ' ').trim()`, sparing the copy when there is nothing to
 * collapse: most names are spaced already, and every school row of every sheet
 * and of the registry passes through here.
 */
export function singleSpaced(text: string): string {
  return (SPACES_TO_COLLAPSE.test(text) ? text.replace(SPACE_RUNS, ' ') : text).trim();
}
