/** «пункту 3.2», «пунктам 2.2 и 3.2», «пунктам 2.2, 3.2 и 3.5» (dative, after «по»). */
export function itemsPhrase(numbers: readonly string[]): string {
  if (numbers.length === 1) return `пункту ${numbers[0]}`;
  const head = numbers.slice(0, -1).join(', ');
  return `пунктам ${head} и ${numbers[numbers.length - 1]}`;
}

/** «Все педагоги…» → «все педагоги…», but «ФГИС…» and «100 %…» stay as they are. */
export function lowerFirst(text: string): string {
  const [a, b] = [text.charAt(0), text.charAt(1)];
  return b && b === b.toLowerCase() && a !== a.toLowerCase() ? a.toLowerCase() + text.slice(1) : text;
}
