import { OfferedFile } from './workbook-source';

/**
 * Blob downloads work in Excel on the web and in a plain browser. Excel on
 * Windows (WebView2) does not download PDF blobs, and Excel on Mac (WKWebView)
 * downloads nothing: there the pane offers the same pane in the system
 * browser instead (see fallbackBrowserUrl), where everything downloads.
 */
export function canDownload(fileName: string): boolean {
  if (typeof Office === 'undefined' || !Office.context || !Office.context.platform) return true;
  const platform = Office.context.platform;
  if (platform === Office.PlatformType.OfficeOnline) return true;
  if (platform === Office.PlatformType.PC) return !/\.pdf$/i.test(fileName);
  return false;
}

export function saveFile(file: OfferedFile): void {
  const blob = new Blob([typeof file.data === 'string' ? file.data : (file.data as BlobPart)], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The standalone pane on the add-in's own origin: it rebuilds the files from the saved workbook. */
export function fallbackBrowserUrl(): string {
  const url = new URL('taskpane.html', window.location.href);
  url.hash = 'standalone';
  return url.toString();
}

export function openInBrowser(): void {
  Office.context.ui.openBrowserWindow(fallbackBrowserUrl());
}

export const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  json: 'application/json',
} as const;

export function mimeOf(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() as keyof typeof MIME;
  return MIME[ext] ?? 'application/octet-stream';
}
