/** «1 360»: thousands apart by a no-break space, as Russian text sets numbers (and the same in every browser). */
export function countOf(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
