// A cheap test before a hash look-up. Most words of a text are in none of the small word lists
// asked about them (clitic stems, number words, date words); a word's length and its first and
// last letter, packed in 16 bits and checked in a bitmap of the list's shapes, rule out almost all
// of them without building a substring or hashing it. A hit only says "look it up".

/**
 * Length (mod 16) and first and last letter of w[from, to) in 16 bits: Arabic letters
 * (U+0620–U+065F) differ in their low 6 bits; other scripts collide, and the look-up decides.
 */
export function wordShape(w: string, from = 0, to = w.length): number {
  return (((to - from) & 15) << 12) | ((w.charCodeAt(from) & 0x3f) << 6) | (w.charCodeAt(to - 1) & 0x3f);
}

/**
 * Length (mod 16) and second and second-to-last letter of w[from, to), a word of two letters or
 * more, in 16 bits: a second filter after wordShape. Proclitics give many words the same first
 * letters, so wordShape alone lets through more of them than this does.
 */
export function innerShape(w: string, from = 0, to = w.length): number {
  return (((to - from) & 15) << 12) | ((w.charCodeAt(from + 1) & 0x3f) << 6) | (w.charCodeAt(to - 2) & 0x3f);
}

/** The shapes of a word list as a bitmap: `bits[wordShape(x)] === 1` when x may be in the list. */
export function shapeBitmap(words: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(1 << 16);
  for (const w of words) if (w.length > 0) bits[wordShape(w)] = 1;
  return bits;
}
