/**
 * Which host the pane runs in. office.js comes from Microsoft's CDN: in a
 * plain browser it reports host null, and offline (or when blocked) it is
 * not there at all — both mean the standalone pane on an .xlsx file.
 */
export type PaneHost = 'excel' | 'browser';

export function whenOfficeReady(timeoutMs = 4000): Promise<PaneHost> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve('browser');
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('browser'), timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host === Office.HostType.Excel ? 'excel' : 'browser');
    });
  });
}
