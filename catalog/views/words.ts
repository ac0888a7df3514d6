/** Counted nouns in English, for the figures pages print ("1 photo caption", "2 photo captions"). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
