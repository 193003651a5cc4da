import { Progress, yieldToUi } from './progress';

export interface BusyElements {
  region: HTMLElement;
  label: HTMLElement;
  bar: HTMLProgressElement;
  cancel: HTMLButtonElement;
}

/**
 * The progress of the running action: its step in words with counts
 * («Письма: 340 из 1 360»), a bar, and «Отменить» while the work is in the
 * worker (a write into Excel, once started, is one batch and cannot be
 * stopped halfway, so the button goes away then).
 */
export class Busy {
  private last = '';
  /** The bar only moves forward within one action: the page's and the worker's steps overlap in their fractions. */
  private furthest = 0;
  /** Every distinct state shown during this action, for the end-to-end test (window.__paneProgress). */
  readonly seen: string[] = [];

  constructor(
    private readonly els: BusyElements,
    private readonly cancellable: () => boolean,
  ) {}

  start(): void {
    this.last = '';
    this.furthest = 0;
    this.seen.length = 0;
    this.els.region.hidden = false;
    this.els.bar.removeAttribute('value');
    this.els.label.textContent = 'Подготовка…';
  }

  readonly report: Progress = async (label, fraction) => {
    this.furthest = Math.max(this.furthest, Math.min(1, fraction));
    this.els.bar.value = this.furthest;
    this.els.cancel.hidden = !this.cancellable();
    if (label !== this.last) {
      this.last = label;
      this.els.label.textContent = label;
      this.seen.push(label);
    }
    await yieldToUi();
  };

  stop(): void {
    this.els.region.hidden = true;
    this.els.cancel.hidden = true;
  }
}
