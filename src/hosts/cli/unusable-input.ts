/**
 * Input the check cannot use (a damaged book, a roadmap file with errors):
 * the CLI prints its one Russian line and exits 1. Thrown only inside the
 * host, never by the core, and caught in main().
 */
export class UnusableInput extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnusableInput';
  }
}
