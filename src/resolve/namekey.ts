// A fuzzy key for personal names in Arabic script, so that the many spellings Arabic media
// use for one (often foreign) name meet: بيانتيدوزي/بيانتيدوسي, غويريني/جويريني,
// جوزيبي/جيوسيبي, عبد الحميد/عبدالحميد, الدبيبة/دبيبة, دي مايو/دي ماي.
// The key is for finding candidates, never for deciding alone: different people can share
// a key (a bare surname especially), and the linker weighs context on top.
import { normWords } from "../text/normalize.js";

// Letters that transliterations of one Latin sound alternate between. Latin g/k/q come out
// as غ, ج, ق or ك; s/z as س, ز or ص; t as ت or ط; d as د, ض or ذ.
const LETTER_CLASS: Record<string, string> = {
  "ز": "س", "ص": "س",
  "ط": "ت", "ث": "ت",
  "ذ": "د", "ض": "د", "ظ": "د",
  "ق": "ك", "غ": "ك", "ج": "ك",
  "ء": "",
};

// Long vowels written or not inside foreign names (لورينزو/لورنزو, مينيتي/منيتي).
const VOWELS = new Set(["ا", "و", "ي"]);

/** One normalized word → its spelling-neutral form, before the words are joined. */
function foldWord(w: string): string {
  let x = w;
  if (x.endsWith("الله")) x = x.slice(0, -4) + "ل"; // عبد الله / عبدالله / صنع الله / صنعالله
  if (x.startsWith("عبدال") && x.length >= 7) x = "عبد" + x.slice(5); // عبدالحميد = عبد الحميد
  if (x.startsWith("ابو")) x = x.slice(1); // أبو سهمين = بوسهمين
  if (x.length >= 4 && x.startsWith("ال")) x = x.slice(2); // optional article
  if (x.length > 2 && x.endsWith("ه")) x = x.slice(0, -1); // ة/ه ending written or not
  return x;
}

/**
 * Fuzzy key of a name: normalized (normalize.ts), article and word spaces dropped, sound-alike
 * letters merged, inner long vowels dropped, doubled letters collapsed. "" for no letters.
 */
export function nameKey(s: string): string {
  return keyOfFolded(normWords(s).map(foldWord).join(""));
}

/**
 * nameKey of one word that is already normalized and all letters (a token's form): the same
 * key without splitting and normalizing again; the gazetteer asks it for every new word.
 */
export function nameKeyOfWord(norm: string): string {
  return keyOfFolded(foldWord(norm));
}

// The same tables as code units, for the loop below (it runs for every new word of every article).
const CLASS_CODE = new Map<number, number>(Object.entries(LETTER_CLASS).map(([k, v]) => [k.charCodeAt(0), v ? v.charCodeAt(0) : 0]));
const VOWEL_CODES = new Set([...VOWELS].map((v) => v.charCodeAt(0)));
const TEH = "ت".charCodeAt(0);
const DIGRAPH_NEXT = new Set(["ش", "س", "ز"].map((c) => c.charCodeAt(0)));
const keyBuffer = new Uint16Array(256);

function keyOfFolded(x: string): string {
  let n = 0;
  let last = -1;
  for (let i = 0; i < x.length && n < keyBuffer.length; i++) {
    const c = x.charCodeAt(i);
    // Italian digraphs: tch/ts/tz are written تش/تس/تز or ش/س/ز depending on the outlet
    if (c === TEH && DIGRAPH_NEXT.has(x.charCodeAt(i + 1))) continue;
    const m = CLASS_CODE.get(c) ?? c;
    if (!m) continue;
    if (n > 0 && VOWEL_CODES.has(m)) {
      // keep a leading vowel: it starts the name; a dropped vowel still separates two
      // consonants (دبيب keeps both ب, so it stays apart from ديبي)
      last = -1;
      continue;
    }
    if (m === last) continue; // a written double (ماتاريللا) is one letter
    keyBuffer[n++] = m;
    last = m;
  }
  return String.fromCharCode(...keyBuffer.subarray(0, n));
}
