// Arabic → Latin spelling of personal names that are not in the knowledge base, so that a
// participant can carry a readable `name_en` ("خالد مازن" → "Khaled Mazen").
//
// Arabic script writes no short vowels, so a letter-by-letter rendering is unreadable ("khld
// mzn"). Three layers, in order:
//   1. tables (data/lexicon/translit.yaml): common Arabic given names, name parts after عبد,
//      whole phrases (نور الدين), European given names as Arabic media spell them — these give
//      the spelling English-language news actually uses;
//   2. particles: ال → al-, عبد + X → AbdulX, أبو → Abu, بن → bin, X الله → Xallah, X الدين → X al-Din;
//   3. letter rules. For Arabic names a small syllable model inserts the short vowel Arabic does
//      not write (CāCiC → "e": خالد → Khaled, مازن → Mazen; otherwise "a": حفتر → Haftar). A name
//      that reads as European (a European given name from the table, or words that write every
//      vowel: ميلوني, كروسيتو) keeps its written vowels instead: Krosito, not Karousito.
// The output only ever contains [A-Za-z '-] and is deterministic. `translitKey` compares Latin
// spellings loosely (Dbeibah = Dbeiba = Dbaiba), e.g. to match a transliteration to a KB name_en.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { normalize } from "../text/normalize.js";

export const TRANSLIT_LEXICON_PATH = new URL("../../data/lexicon/translit.yaml", import.meta.url);

interface TranslitLexicon {
  letters: Record<string, string>;
  particles: Record<string, { latin: string; joins_next?: boolean }>;
  european_particles: Record<string, string>;
  names: Record<string, string>;
  phrases: Record<string, string>;
  european: Record<string, string>;
}

interface Tables {
  letters: Map<string, string>;
  particles: Map<string, { latin: string; joinsNext: boolean }>;
  europeanParticles: Map<string, string>;
  /** normalized word → spelling (Arabic names first, European names where no Arabic entry) */
  words: Map<string, string>;
  arabicNames: Set<string>;
  europeanNames: Set<string>;
  /** normalized two-word phrase → spelling */
  phrases: Map<string, string>;
}

let cached: Tables | undefined;

function tables(): Tables {
  if (cached) return cached;
  const lex = parse(readFileSync(TRANSLIT_LEXICON_PATH, "utf8")) as TranslitLexicon;
  const words = new Map<string, string>();
  // European names go in first so that an Arabic name with the same letters wins.
  for (const [k, v] of Object.entries(lex.european ?? {})) words.set(normalize(k), v);
  for (const [k, v] of Object.entries(lex.names ?? {})) words.set(normalize(k), v);
  const phrases = new Map<string, string>();
  for (const [k, v] of Object.entries(lex.phrases ?? {})) phrases.set(normalize(k).split(/\s+/).join(" "), v);
  const particles = new Map<string, { latin: string; joinsNext: boolean }>();
  for (const [k, v] of Object.entries(lex.particles ?? {})) particles.set(normalize(k), { latin: v.latin, joinsNext: !!v.joins_next });
  const europeanParticles = new Map(Object.entries(lex.european_particles ?? {}).map(([k, v]) => [normalize(k), v]));
  cached = {
    letters: new Map(Object.entries(lex.letters ?? {})),
    particles,
    europeanParticles,
    words,
    arabicNames: new Set(Object.keys(lex.names ?? {}).map(normalize)),
    europeanNames: new Set(Object.keys(lex.european ?? {}).map(normalize)),
    phrases,
  };
  return cached;
}

// Diacritics and tatweel go; shadda (U+0651) stays because it doubles a consonant.
const STRIP = /[\u0610-\u061A\u064B-\u0650\u0652-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const ARABIC_LETTER = /[\u0621-\u064A\u067E\u0686\u06A4\u06AF]/u;
const SHADDA = "\u0651";

/** Arabic-script names are spelled by one of two conventions: Arabic names (vowels supplied by
 *  a syllable model) or European names written in Arabic letters (every vowel already written). */
type Mode = "arabic" | "european";

type Unit = { v: true; lat: string; long: boolean } | { v: false; lat: string; double: boolean };

const VOWEL_SEATS = new Set(["ا", "ى", "ة"]);
const LONG_VOWELS = new Set(["ا", "و", "ي", "ى"]);

/** The article is written with a plain alef: "ألبير" (Albert) is not ال + بير. */
function hasArticle(raw: string): boolean {
  return raw.startsWith("ال") && [...raw].length >= 4;
}

/** A European name in Arabic letters writes (nearly) every vowel and uses clusters Arabic
 *  names avoid; an Arabic name writes only its long vowels. */
function looksEuropean(raw: string): boolean {
  if (/[\u067E\u06A4\u0686\u06AF]/u.test(raw)) return true; // پ ڤ چ گ
  if (hasArticle(raw)) return false;
  const letters = [...raw];
  if (letters.length >= 5 && raw.endsWith("و") && !LONG_VOWELS.has(letters[letters.length - 2])) return true;
  if (/تش|تس/u.test(raw)) return true;
  const vowels = letters.filter((c) => LONG_VOWELS.has(c)).length;
  return letters.length >= 6 && vowels / letters.length >= 0.5 && !/اوي$/u.test(raw);
}

/** Split a word into consonant and long-vowel units, deciding whether و/ي are vowels or glides. */
function units(word: string, letters: Map<string, string>, mode: Mode): Unit[] {
  const chars = [...word];
  const out: Unit[] = [];
  const isVowelSeat = (c: string | undefined) => c !== undefined && VOWEL_SEATS.has(c);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === SHADDA) {
      const last = out[out.length - 1];
      if (last && !last.v) last.double = true;
      continue;
    }
    const prev = out[out.length - 1];
    const next = chars[i + 1] === SHADDA ? chars[i + 2] : chars[i + 1];
    const afterConsonant = prev !== undefined && !prev.v;
    if (mode === "european" && i === 0 && (c === "أ" || c === "ا" || c === "إ") && (next === "و" || next === "ي") && chars[i + 2] !== undefined && !LONG_VOWELS.has(chars[i + 2])) {
      // أو / إي opening a European name: one vowel, O / I (أوليفر → Olifer, إيلكا → Ilka)
      out.push({ v: true, lat: next === "و" ? "o" : "i", long: true });
      i++;
    } else if (c === "ا" || c === "آ" || c === "ٱ" || c === "أ") {
      // initial alef carries the opening vowel; medial أ is a glottal stop (مأمون)
      if (c === "أ" && i > 0) out.push({ v: false, lat: "'", double: false });
      else out.push({ v: true, lat: "a", long: i > 0 || c === "آ" });
    } else if (c === "إ") {
      out.push(i === 0 ? { v: true, lat: "i", long: false } : { v: false, lat: "'", double: false });
    } else if (c === "ى" || c === "ة") {
      out.push({ v: true, lat: "a", long: false });
    } else if (c === "و") {
      const vowel = mode === "european" || next === undefined ? "o" : "ou";
      if (afterConsonant && !isVowelSeat(next) && next !== "و" && next !== "ي") out.push({ v: true, lat: vowel, long: true });
      else out.push({ v: false, lat: "w", double: false });
    } else if (c === "ي") {
      if (afterConsonant && next === "ة" && i + 2 === chars.length) {
        // nisba feminine ـية after a consonant: long i then a glide (الداخلية → Dakhliya)
        out.push({ v: true, lat: "i", long: true }, { v: false, lat: "y", double: false });
      } else if (afterConsonant && !isVowelSeat(next) && next !== "و" && next !== "ي") out.push({ v: true, lat: "i", long: true });
      else if (mode === "european" && afterConsonant && isVowelSeat(next)) out.push({ v: true, lat: "i", long: true }); // بيا → Pia-, not Bya-
      else out.push({ v: false, lat: "y", double: false });
    } else if (mode === "european" && c === "ت" && next === "ش") {
      out.push({ v: false, lat: "ch", double: false }); // تش: Italian c / ch
      i++;
    } else if (mode === "european" && c === "غ") {
      out.push({ v: false, lat: "g", double: false }); // غ writes a hard g in European names (غيدو → Guido)
    } else {
      const lat = letters.get(c);
      if (lat !== undefined) out.push({ v: false, lat, double: false });
    }
  }
  return out;
}

/** Letter rules. Arabic mode uses a CV(C) syllable model: a consonant that opens a syllable and
 *  is not followed by a written vowel gets a short one; a word-final two-consonant cluster is
 *  broken ("khaled", not "khald"), with "e" after a long ā (the فاعل pattern) and "a" elsewhere.
 *  European mode trusts the written vowels and only breaks a final consonant + r/l/n/m ("-er"). */
function byRules(word: string, letters: Map<string, string>, mode: Mode): string {
  const us = units(word, letters, mode);
  let out = "";
  let vowelBefore = false; // the current syllable already has its nucleus
  for (let i = 0; i < us.length; i++) {
    const u = us[i];
    if (u.v) {
      out += u.lat;
      vowelBefore = true;
      continue;
    }
    out += u.double && u.lat.length === 1 ? u.lat + u.lat : u.lat;
    const next = us[i + 1];
    if (next === undefined || next.v) continue;
    const nextIsLast = i + 1 === us.length - 1;
    if (mode === "european") {
      if (nextIsLast && /^[rlnm]$/.test(next.lat) && i > 0) out += "e";
      continue;
    }
    if (!vowelBefore || nextIsLast) {
      const prev = us[i - 1];
      out += prev && prev.v && prev.lat === "a" && prev.long && nextIsLast ? "e" : "a";
      vowelBefore = true;
    } else {
      vowelBefore = false; // this consonant closed the syllable; the next one opens a new one
    }
  }
  // glottal stops (ع ء) shaped the vowels; English news spelling drops them
  return out.replace(/'/g, "").replace(/([aeiou])\1\1+/g, "$1$1");
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** One word without particles: table spelling, else rules. */
function spellWord(word: string, t: Tables, mode: Mode): string {
  const hit = t.words.get(normalize(word));
  if (hit !== undefined) return hit;
  return capitalize(byRules(word, t.letters, mode));
}

/** A word that may carry the article: الكبير → al-Kabir. */
function spellWithArticle(word: string, t: Tables, mode: Mode): string {
  const hit = t.words.get(normalize(word));
  if (hit !== undefined) return hit;
  if (hasArticle(word)) return "al-" + capitalize(spellWord([...word].slice(2).join(""), t, "arabic"));
  return spellWord(word, t, mode);
}

/** The part after عبد, written joined and lower-case: (ال)رحمن → "rahman". */
function afterAbd(word: string, t: Tables): string {
  const bare = hasArticle(word) ? [...word].slice(2).join("") : word;
  return spellWord(bare, t, "arabic").toLowerCase().replace(/^al-/, "");
}

/** Which convention the whole name follows: a table hit decides, else the look of its words. */
function nameMode(words: string[], t: Tables): Mode {
  const keys = words.map(normalize);
  if (keys.some((k) => t.arabicNames.has(k) || t.particles.has(k))) return "arabic";
  if (keys.some((k) => t.europeanNames.has(k) || t.europeanParticles.has(k))) return "european";
  return words.some(looksEuropean) ? "european" : "arabic";
}

/**
 * Readable Latin spelling of an Arabic-script personal name: "خالد مازن" → "Khaled Mazen",
 * "عبد الحميد" → "Abdulhamid", "ماتيو" → "Matteo" (table), "أورسولا فون دير لاين" →
 * "Ursula von der Layen" (European rules). Latin words in the input are kept; anything else
 * that is not a letter is dropped.
 */
export function transliterate(arabicName: string): string {
  const t = tables();
  const words = arabicName.replace(STRIP, "").split(/[^\p{L}\u0651]+/u).filter(Boolean);
  const mode = nameMode(words.filter((w) => ARABIC_LETTER.test(w)), t);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!ARABIC_LETTER.test(w)) {
      if (/^[A-Za-z][A-Za-z'-]*$/.test(w)) out.push(w);
      continue;
    }
    const key = normalize(w);
    const pair = i + 1 < words.length ? t.phrases.get(key + " " + normalize(words[i + 1])) : undefined;
    if (pair !== undefined) {
      out.push(pair);
      i++;
      continue;
    }
    if (mode === "european") {
      const particle = t.europeanParticles.get(key);
      out.push(particle !== undefined && out.length > 0 && i + 1 < words.length ? particle : spellWord(w, t, mode));
      continue;
    }
    // X الله → Xallah (عطا الله, جاب الله) when the pair is not in the table
    if (key === "الله" && out.length > 0) {
      const prev = out.pop() as string;
      out.push(prev.endsWith("a") ? prev + "llah" : prev + "allah");
      continue;
    }
    if (key === "الدين" && out.length > 0) {
      out.push("al-Din");
      continue;
    }
    const particle = t.particles.get(key);
    if (particle) {
      if (particle.joinsNext && i + 1 < words.length && ARABIC_LETTER.test(words[i + 1])) {
        out.push(particle.latin + afterAbd(words[i + 1], t));
        i++;
      } else if (particle.joinsNext) {
        out.push("Abd");
      } else {
        out.push(particle.latin);
      }
      continue;
    }
    // عبدالحميد written as one word
    if (key.startsWith("عبدال") && key.length > 6 && !t.words.has(key)) {
      out.push("Abdul" + afterAbd([...w].slice(3).join(""), t));
      continue;
    }
    // a given name written with the article opens the name without it in English (المنصف → Moncef)
    const stem = hasArticle(w) ? [...w].slice(2).join("") : "";
    if (out.length === 0 && stem && t.arabicNames.has(normalize(stem)) && !t.words.has(key)) {
      out.push(spellWord(stem, t, mode));
      continue;
    }
    out.push(spellWithArticle(w, t, mode));
  }
  // A name never starts with a lower-case particle: "Al-Siddiq", "Bin Ali".
  if (out.length > 0) out[0] = capitalize(out[0]);
  return out
    .join(" ")
    .replace(/[^A-Za-z '-]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A loose key for comparing Latin spellings of the same Arabic name: Mohammed/Muhammad/Mohamed,
 * Dbeibah/Dbeiba/Dbaiba, Aguila/Aqila, Abdel Hamid/Abdulhamid/Abd al-Hamid all give one key.
 * Articles (al-, el-) go, vowels and glides between vowels go, doubled letters collapse.
 */
export function translitKey(latin: string): string {
  const cleaned = latin
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    // عبد + article, also with the article assimilated (Abderrahmane, Abdessalem)
    .replace(/\babd[\s-]*(?:[aeou]l[\s-]*|[aeou](?=([tdrzsn])\1))/g, "abdl ")
    .replace(/\b(?:al|el)[\s-]+/g, " ")
    .replace(/[^a-z]+/g, " ");
  const words = cleaned
    .split(" ")
    .filter(Boolean)
    .map((w) => {
      if (w === "ibn" || w === "bin" || w === "ben") return "bn";
      // French-style assimilated article: Essebsi, Ennaceur, Eddine
      let x = w.replace(/^e([tdrzsnl])\1(?=[a-z]{2})/, "$1");
      x = x
        .replace(/kh/g, "x")
        .replace(/gh/g, "G")
        .replace(/(?:sch|sh|ch)/g, "S")
        .replace(/th/g, "t")
        .replace(/dh/g, "d")
        .replace(/ph/g, "f")
        .replace(/ck/g, "k")
        .replace(/dj/g, "j")
        .replace(/c(?=[eiy])/g, "s")
        .replace(/c/g, "k")
        .replace(/[gq]/g, "k")
        .replace(/v/g, "f")
        .replace(/p/g, "b")
        .replace(/z/g, "s")
        .replace(/([aeiou])h$/, "$1");
      const lead = /^[aeiou]/.test(x) ? "a" : "";
      // collapse doubled letters before the vowels go, so Daoud keeps both d's (dd), like Dawood
      x = x.replace(/(.)\1+/g, "$1");
      // w and y after the first letter are written vowels as often as glides (Fahmy/Fahmi, Badwi/Bedoui)
      x = x[0] + x.slice(1).replace(/[wy]/g, "a");
      return lead + x.replace(/[aeiou]+/g, "");
    });
  return words.join("");
}
