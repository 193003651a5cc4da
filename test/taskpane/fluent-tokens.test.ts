/**
 * The pane claims Fluent 2's look through Fluent's own design tokens: every
 * `var(--token)` the stylesheet reads must be a token of @fluentui/tokens in
 * each theme the pane paints, every fallback written beside it must be that
 * token's light value, and theme.ts must set exactly the package's values. So
 * a token cannot be misspelt, invented or drift from Fluent 2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { PaneTheme, applyTheme } from '../../src/taskpane/theme';

const CSS = fs.readFileSync(path.resolve(__dirname, '../../src/taskpane/taskpane.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const THEMES: Record<PaneTheme, Record<string, string | number>> = {
  light: webLightTheme as unknown as Record<string, string | number>,
  dark: webDarkTheme as unknown as Record<string, string | number>,
  contrast: teamsHighContrastTheme as unknown as Record<string, string | number>,
};

/** Every `var(--name[, fallback])` in the stylesheet, the fallback up to the var's own closing bracket. */
function uses(css: string): { name: string; fallback: string | null }[] {
  const found: { name: string; fallback: string | null }[] = [];
  for (let at = css.indexOf('var('); at >= 0; at = css.indexOf('var(', at + 4)) {
    let depth = 0;
    let end = at + 3;
    for (; end < css.length; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')' && --depth === 0) break;
    }
    const inner = css.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim().replace(/^--/, '');
    found.push({ name, fallback: comma < 0 ? null : inner.slice(comma + 1).trim() });
  }
  return found;
}

/** «#FFF» and «#ffffff», «'Segoe UI',\n sans-serif» and «'Segoe UI', sans-serif» are the same value. */
function normal(value: string): string {
  const v = value.trim().replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : v;
}

describe('Fluent 2 tokens in the task pane', () => {
  const used = uses(CSS);

  it('reads tokens, and only tokens @fluentui/tokens has in the light, dark and high-contrast themes', () => {
    expect(used.length).toBeGreaterThan(50);
    const unknown = [...new Set(used.map((u) => u.name))].filter((name) => Object.values(THEMES).some((t) => !(name in t)));
    expect(unknown).toEqual([]);
  });

  it('writes beside a token only its exact Fluent 2 light value as the fallback', () => {
    const drifted = used
      .filter((u) => u.fallback !== null && !u.fallback.startsWith('var('))
      .filter((u) => normal(u.fallback!) !== normal(String(webLightTheme[u.name as keyof typeof webLightTheme])))
      .map((u) => `${u.name}: ${u.fallback} ≠ ${String(webLightTheme[u.name as keyof typeof webLightTheme])}`);
    expect(drifted).toEqual([]);
  });

  it('defines no custom property of its own under a Fluent token’s name', () => {
    const defined = [...CSS.matchAll(/(?:^|[;{\s])--([A-Za-z0-9]+)\s*:/g)].map((m) => m[1]);
    expect(defined.filter((name) => name in webLightTheme)).toEqual([]);
  });

  it('paints no colour of its own outside the paper letter preview and the system colours of forced-colors mode', () => {
    const rules = [...CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1].trim(), body: m[2] }));
    const own = rules
      .filter((r) => !/^\.letter\b/.test(r.selector))
      .flatMap((r) =>
        r.body
          .split(';')
          .map((d) => d.replace(/var\([^()]*(\([^()]*\))*[^()]*\)/g, ''))
          .filter((d) => /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i.test(d))
          .map((d) => `${r.selector} { ${d.trim()} }`),
      );
    expect(own).toEqual([]);
  });

  it.each(['light', 'dark', 'contrast'] as const)('sets every token of the %s theme to the package’s own value', (theme) => {
    const set = new Map<string, string>();
    const root = {
      style: { setProperty: (name: string, value: string) => set.set(name, value), colorScheme: '' },
      dataset: {} as Record<string, string>,
    };
    applyTheme(theme, root as unknown as HTMLElement);
    const tokens = THEMES[theme];
    expect(set.size).toBe(Object.keys(tokens).length);
    for (const [name, value] of Object.entries(tokens)) expect(set.get(`--${name}`)).toBe(String(value));
    expect(root.dataset.theme).toBe(theme);
    expect(root.style.colorScheme).toBe(theme === 'light' ? 'light' : 'dark');
  });
});
