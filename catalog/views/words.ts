/** Counted nouns in English, for the figures pages print ("1 photo caption", "2 photo captions"). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as prose writes it: words up to ten, digits after ("two news articles", "12 news articles"). */
export function countInWords(count: number, noun: string, nouns = `${noun}s`): string {
  return `${NUMBER_WORDS[count] ?? count} ${count === 1 ? noun : nouns}`;
}
