import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/tokens';

export type PaneTheme = 'light' | 'dark' | 'contrast';

/** Relative luminance of «#RRGGBB» (WCAG), to tell a dark Office theme from a light one. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The theme to paint: high contrast whenever the system forces colours, then
 * Office's own theme (its body background says light or dark), else the
 * browser's preference.
 */
export function chooseTheme(office: { bodyBackgroundColor?: string } | null, media: (query: string) => boolean): PaneTheme {
  if (media('(forced-colors: active)')) return 'contrast';
  const lum = office?.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  if (lum !== null) return lum < 0.2 ? 'dark' : 'light';
  return media('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}

const TOKENS = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme } as const;

/** Fluent 2's own tokens as CSS variables (`--colorNeutralBackground1`…), the names Fluent UI components read. */
export function applyTheme(theme: PaneTheme, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(TOKENS[theme])) root.style.setProperty(`--${name}`, String(value));
  root.dataset.theme = theme;
  root.style.colorScheme = theme === 'light' ? 'light' : 'dark';
}

function officeTheme(): { bodyBackgroundColor?: string } | null {
  try {
    return typeof Office !== 'undefined' ? (Office.context?.officeTheme ?? null) : null;
  } catch {
    return null;
  }
}

/** Paints the theme now and again whenever Office, the system or the browser changes it. */
export function followTheme(): void {
  const media = (q: string) => window.matchMedia?.(q).matches ?? false;
  const paint = () => applyTheme(chooseTheme(officeTheme(), media));
  paint();
  for (const q of ['(prefers-color-scheme: dark)', '(forced-colors: active)']) window.matchMedia?.(q).addEventListener?.('change', paint);
  try {
    if (typeof Office !== 'undefined' && Office.context?.document?.addHandlerAsync && Office.EventType?.OfficeThemeChanged)
      Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, paint);
  } catch {
    // Older hosts have no theme event: the theme stays as it was at start-up.
  }
}
