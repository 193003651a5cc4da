/**
 * Long work is split into stages; between stages the pane yields to the
 * browser so the progress bar repaints and Excel does not think the add-in
 * hangs (desktop restarts an add-in unresponsive for 5 s).
 */
export type Progress = (label: string, fraction: number) => Promise<void>;

export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function progressBar(bar: HTMLProgressElement, status: (text: string) => void): { report: Progress; done(): void } {
  return {
    async report(label, fraction) {
      bar.hidden = false;
      bar.value = Math.max(0, Math.min(1, fraction));
      status(label);
      await yieldToUi();
    },
    done() {
      bar.hidden = true;
    },
  };
}
