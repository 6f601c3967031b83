// Within-article coreference: one entity per person the article talks about.
//   - full names and known (KB) people open entities;
//   - a later surname ("حفتر") or a partial name joins the entity whose name ends with it,
//     preferring one whose rank/title agrees, then the most recent;
//   - a title alone ("الوزير الإيطالي", "قائد الجيش") joins the most recent entity whose titles
//     are compatible (same head, same country, its words contained), or the person the
//     knowledge base says held that office on the article's date;
//   - otherwise a title stands for its own (unnamed) entity.
import type { Entity } from "../types.js";
import { normalize, normWords, stripArticle } from "../text/normalize.js";
import type { PersonMention } from "./mentions.js";
import { countryLexicon } from "./countries.js";
import { headGender, mentionLexicon } from "./mentions.js";
import { nameKeyOfWord } from "../resolve/namekey.js";

export interface TitleResolver {
  /** who held the office this title denotes, on `date` (KB), if known */
  resolve(title: string, country: string | undefined, date: string | null): { kbId: string; name: string; name_en?: string; country?: string } | null;
  /** a KB organization's record */
  org?(kbId: string): { name: string; name_en?: string; country?: string } | null;
  /** a KB person's record (surnames: the name variants the base lists) */
  person(kbId: string): { name: string; name_en?: string; country?: string; nationality?: string; gender?: "m" | "f"; surnames: string[]; officeTitles?: (date: string | null) => string[] } | null;
}

export interface DocEntity extends Entity {
  /** from the knowledge base or a feminine title */
  gender?: "m" | "f";
  /** normalized name words, for surname matching */
  nameWords: string[];
  /** normalized title word sets (article stripped), for title-anaphor matching */
  titleWords: string[][];
  heads: Set<string>;
  lastSeen: number;
  /** where the article first names it */
  firstSeen?: number;
  /** index of the sentence the entity was last mentioned in (when the caller gives sentences) */
  lastSentence?: number;
  /** the sentence the article first named it in (0: the headline) */
  firstSentence?: number;
  mentions: number;
  /** its longest name as the article wrote it (normalized words): one word for a person named by surname only */
  writtenName?: string[];
}

const keyMemo = new Map<string, string[]>();
/**
 * Normalized words of a name or title, article stripped. Memoized (bounded): the same names and
 * titles come back sentence after sentence; the arrays are shared, so nobody may change them.
 */
function key(s: string): string[] {
  let k = keyMemo.get(s);
  if (k === undefined) {
    k = normWords(s).map(stripArticle);
    if (keyMemo.size >= 50_000) keyMemo.clear();
    keyMemo.set(s, k);
  }
  return k;
}
/** title words without nationality adjectives (country is compared on its own) */
const titleKey = (s: string) => {
  const adj = countryLexicon().adjectives;
  // (ب on a word of a title is the article's: key() reads "بالأعمال" as أعمال, so "بأعمال" is too —
  // "القائم بالأعمال" is "القائم بأعمال السفارة")
  // (nor the region word of a governor's title: "حاكم إقليم X" is "حاكم X")
  // (nor a word that tells no title from another: titles.yaml weak_title_words)
  const { regionHeads: regions, weakTitleWords: weak } = mentionLexicon();
  return key(s).filter((w) => !weak.has(w) && !adj.has(w) && !adj.has("ال" + w) && !regions.has(w)).map((w) => (w.startsWith("با") && w.length >= 6 ? w.slice(1) : w));
};
// (وزيرة → وزير; every form of "his/her counterpart" — نظيره، نظيرها، نظيرتها — is نظير)
// (asked for every title against every entity: the answer is kept per written head)
const HEAD_KEYS = new Map<string, string>();
const headKey = (h: string | undefined) => {
  if (!h) return undefined;
  let k = HEAD_KEYS.get(h);
  if (k === undefined) {
    if (HEAD_KEYS.size > 50_000) HEAD_KEYS.clear();
    HEAD_KEYS.set(h, (k = headKeyOf(h)));
  }
  return k;
};
const headKeyOf = (h: string) => {
  const n = normalize(h);
  // ("ونظيرته الإيطالية": the conjunction is not part of the head)
  const bare = n.length > 3 && n.startsWith("و") && (mentionLexicon().counterpart.has(n.slice(1)) || mentionLexicon().heads.has(n.slice(1))) ? n.slice(1) : n;
  return mentionLexicon().counterpart.has(bare) ? "نظير" : stripArticle(bare).replace(/ه$/, "");
};


export class EntityResolver {
  entities: DocEntity[] = [];
  private byKb = new Map<string, DocEntity>();
  /** the sentence of the mention being resolved */
  private sentenceNow: number | undefined;
  private counter = 0;

  /**
   * `countries`: the countries the article names (its places, nationalities, known people). A
   * title without a country ("وزير العدل") names the base's office-holder only of one of them:
   * the base knows some countries' ministers, and an article about another country means its own.
   */
  constructor(private readonly date: string | null, private readonly titles?: TitleResolver, private readonly countries?: ReadonlySet<string>) {}

  /** Attach a mention to an entity (creating one if needed) and return it. */
  resolve(m: PersonMention, position: number, sentence?: number): DocEntity | null {
    if (m.group) return null;
    this.sentenceNow = sentence;
    let e: DocEntity | null = null;
    if (m.type === "person" && m.name) e = this.byName(m, position, sentence);
    else if (m.type === "title" && m.title) e = this.byTitle(m, position);
    else if (m.type === "org" && m.name) e = this.byOrg(m);
    if (!e) return null;
    e.firstSeen ??= position;
    e.lastSeen = position;
    e.lastSentence = sentence;
    e.firstSentence ??= sentence;
    e.mentions++;
    if (m.type === "person" && m.name) { const w = key(m.name); if (w.length > (e.writtenName?.length ?? 0)) e.writtenName = w; }
    // ("الضيف الإيطالي"، "الدبلوماسي الألماني" say who he is to the story, not his office; an
    // entity known by nothing else keeps it)
    if (m.title && (m.source !== "guest" || !e.titles.length)) this.addTitle(e, m.title, m.head);
    if (!e.country && m.country) e.country = m.country;
    m.entity = e.id;
    return e;
  }

  private addTitle(e: DocEntity, title: string, head?: string) {
    const t = title.trim();
    if (!t || e.titles.some((x) => normalize(x) === normalize(t))) return;
    e.titles.push(t);
    e.titleWords.push(titleKey(t));
    const h = headKey(head ?? t.split(/\s+/)[0]);
    if (h) e.heads.add(h);
    if (!e.gender && headGender(head ?? t.split(/\s+/)[0]) === "f") e.gender = "f";
    // "نظيره الإيطالي" holds the office of the one he is the counterpart of: a later "الوزير
    // الإيطالي" or "وزير الخارجية الإيطالي" is him
    if (h === "نظير") {
      const ref = this.counterpartOf(e);
      if (ref) {
        for (const x of ref.heads) if (x !== "نظير") e.heads.add(x);
        for (const w of ref.titleWords) if (!w.includes("نظير")) e.titleWords.push(w);
      }
    }
    // one office said otherwise is the same office: "رئيس بلدية لامبيدوزا" is "عمدة لامبيدوزا"
    const said = normalize(t).replace(/^ال/, "").split(/\s+/);
    for (let len = 1; len <= 3 && len < said.length; len++) {
      const ways = mentionLexicon().sameOffice.get(said.slice(0, len).join(" "));
      if (!ways) continue;
      const rest = said.slice(len).join(" ");
      for (const way of ways) {
        const hk = headKey(way.split(" ")[0]);
        if (hk) e.heads.add(hk);
        e.titleWords.push(titleKey(`${way} ${rest}`));
      }
      break;
    }
    // a compound title holds more offices: "نائب رئيس الوزراء وزير الداخلية" is also a minister
    // (not a "رئيس": that one is governed by نائب)
    const words = normalize(t).split(/\s+/);
    const L = mentionLexicon();
    for (let k = 1; k < words.length; k++) {
      const w = words[k];
      // ("كبير مستشاري الرئيس" is an adviser: "المستشار الأمريكي" later)
      const singular = L.seniorHeads.has(words[k - 1]) ? L.pluralSingular.get(w) : undefined;
      if (singular) {
        const hk = headKey(singular);
        // (the office by itself, as a bare "المستشار الأمريكي" names it)
        if (hk) { e.heads.add(hk); e.titleWords.push([hk]); }
        continue;
      }
      // (an office joined by و is one too: "سفير الولايات المتحدة والمبعوث الخاص إلى ليبيا")
      const office = w.length > 3 && w.startsWith("و") && !(L.heads.has(w) || L.heads.has("ال" + w)) ? w.slice(1) : w;
      if (!(L.heads.has(office) || L.heads.has("ال" + office)) || L.deputyHeads.has(stripArticle(words[k - 1])) || L.deputyHeads.has(words[k - 1])) continue;
      const hk = headKey(office);
      if (hk) e.heads.add(hk);
    }
  }

  /**
   * The office words (title words but the head) of the titled official of another country than
   * `country` that the current sentence named last: whose counterpart "نظيره" is.
   */
  private possessorOffice(country: string | undefined): Set<string> | null {
    let ref: DocEntity | null = null;
    for (const e of this.entities) if (e.titles.length && e.country !== country && e.lastSentence === this.sentenceNow && (!ref || e.lastSeen > ref.lastSeen)) ref = e;
    if (!ref) return null;
    const out = new Set<string>();
    for (const t of ref.titleWords) for (const w of t.slice(1)) out.add(w);
    return out.size ? out : null;
  }

  /** An entity known only by a title that, in the given country on the article's date, the base's person kbId held. */
  private unnamedOfficeOf(kbId: string, country: string | undefined): DocEntity | null {
    if (!this.date || !this.titles || !country) return null;
    for (const e of this.entities) {
      if (e.type !== "person" || e.nameWords.length || (e.country && e.country !== country)) continue;
      if (e.titles.some((t) => this.titles!.resolve(t, country, this.date!)?.kbId === kbId)) return e;
    }
    return null;
  }

  /**
   * A surname alone early in the article ("المنفي يبحث مع خوري" in a headline) is the person the
   * article names in full only later ("ستيفاني خوري"): one entity. Only a name the base did not
   * link, and only when one person of the article has that last name. Returns each entity
   * merged away with the one it joined.
   */
  joinEarlySurnames(): Map<DocEntity, DocEntity> {
    const out = new Map<DocEntity, DocEntity>();
    // (each surname's fuzzy key once: it is compared with every full name of the article)
    const keys = new Map<string, string>();
    const keyOfLast = (w: string) => { let k = keys.get(w); if (k === undefined) keys.set(w, (k = nameKeyOfWord(w))); return k; };
    for (const a of this.entities) {
      // (a surname the base gave a bearer, when the article never wrote that bearer's name: the
      // headline's "الحويج" is the body's "محمد الحويج", not the base's other الحويج)
      const baseGuess = !!a.kb_id && a.writtenName?.length === 1;
      if (a.type !== "person" || (a.kb_id && !baseGuess) || (!a.kb_id && a.nameWords.length !== 1)) continue;
      const lastWord = (e: DocEntity) => normalize(e.name).trim().split(/\s+/).pop();
      // (as written, article included: "صباح" is not "… الصباح")
      const w = baseGuess ? lastWord(a)! : normalize(a.name).trim();
      // (or spelled otherwise, a foreign surname of five letters or more: the headline writes it
      // without a long vowel, or with س for ز, that the body's full name has)
      const key = w.length >= 5 ? keyOfLast(w) : "";
      const same = (b: DocEntity) => { const l = lastWord(b); return l === w || (!!key && !!l && l.length >= 5 && keyOfLast(l) === key); };
      const full = this.entities.filter((b) => b !== a && b.type === "person" && !out.has(b) && b.nameWords.length >= 2 && same(b) && (!baseGuess || (b.writtenName?.length ?? 0) >= 2));
      if (full.length !== 1 || (a.country && full[0].country && a.country !== full[0].country)) continue;
      // (the base's bearer after all, when the full name opens with his given name: "عادل الجبير"
      // and "عادل بن أحمد الجبير")
      const b = full[0];
      if (baseGuess && !b.kb_id && a.nameWords[0] === b.nameWords[0]) { b.kb_id = a.kb_id; this.byKb.set(a.kb_id!, b); this.fillFromKb(b); }
      this.join(a, b, out);
    }
    // "X يبحث مع نظيره الليبي" in a headline: the one of that country the body names holding the
    // office of the one whose counterpart he is ("وزير الداخلية … عماد الطرابلسي")
    for (const a of this.entities) {
      if (a.type !== "person" || a.kb_id || a.nameWords.length || out.has(a) || !a.country || [...a.heads].some((h) => h !== "نظير")) continue;
      const at = a.firstSeen ?? a.lastSeen;
      // (not another counterpart: "نظيريه الليبية والتونسي" are both his)
      const owner = this.entities.filter((x) => x !== a && x.country && x.country !== a.country && x.titleWords.length && !x.heads.has("نظير") && (x.firstSeen ?? x.lastSeen) <= at)
        .sort((x, y) => (y.firstSeen ?? y.lastSeen) - (x.firstSeen ?? x.lastSeen))[0];
      if (!owner) continue;
      const offices = owner.titleWords.filter((t) => t.length >= 2 && !t.includes("نظير"));
      // (the same office in other words: "وزير الشؤون الخارجية والجالية" and "وزيرة الخارجية
      // والتعاون الدولي" share a head and their domain)
      const sameOffice = (b: DocEntity) => [...b.heads].some((h) => h !== "نظير" && owner.heads.has(h)) &&
        offices.some((o) => o.some((w) => w.length >= 4 && !owner.heads.has(w) && b.titleWords.some((t) => t.includes(w))));
      const holders = this.entities.filter((b) => b !== a && !out.has(b) && b.type === "person" && b.nameWords.length && b.country === a.country &&
        (b.titleWords.some((t) => offices.some((o) => contains(t, o))) || sameOffice(b)));
      if (holders.length === 1) this.join(a, holders[0], out);
    }
    // "رئيس الحكومة يستقبل المبعوث الأمريكي" in a headline: the one person of that country the
    // body names holding that office ("سفير الولايات المتحدة والمبعوث الخاص إلى ليبيا، X")
    for (const a of this.entities) {
      // (also when the title alone was given to the base's holder of that office, whom the article
      // never names: "يستقبل رئيس أركان الجيش الليبي" above "رئيس أركان القوات المسلحة العربية
      // الليبية الفريق أول X" — of Libya's two armies, the one the body names)
      const byTitleAlone = !!a.kb_id && !a.writtenName?.length;
      // (a title of no country too, of two words or more, for the one unnamed title that says more
      // of it: the headline's "عميد البلدية" is the body's "عميد بلدية مصراتة")
      // (said in the headline, every word of it in the body's title: not "مدير الشؤون العربية" for
      // an earlier "مدير الشؤون الأوروبية")
      const noCountry = !a.country && !a.kb_id && !a.nameWords.length && a.firstSentence === 0 && a.titleWords.some((t) => t.length >= 2);
      if (a.type !== "person" || (a.kb_id && !byTitleAlone) || (a.nameWords.length && !byTitleAlone) || out.has(a) || (!a.country && !noCountry) || !a.heads.size || a.heads.has("نظير")) continue;
      const at = a.firstSeen ?? a.lastSeen;
      const holders = noCountry ? [] : this.entities.filter((b) => b !== a && !out.has(b) && b.type === "person" && b.nameWords.length && b.country === a.country &&
        (b.firstSeen ?? b.lastSeen) > at && (holdsOffice(b, a) || (byTitleAlone && !!b.writtenName?.length && b.kb_id !== a.kb_id && sharesOfficeCore(b, a))));
      // (or, nobody of that office named, the one unnamed title that says more of it: "سفير
      // اليونان" in the headline is the body's "سفير الجمهورية اليونانية لدى ليبيا")
      const unnamed = holders.length ? [] : this.entities.filter((b) => b !== a && !out.has(b) && b.type === "person" && !b.nameWords.length && !b.kb_id && b.country === a.country &&
        (b.firstSeen ?? b.lastSeen) > at && holdsOffice(b, a) && (!noCountry || a.titles.every((t) => b.titles.some((bt) => allIn(titleWordsOf(t), titleWordsOf(bt))))));
      if (holders.length === 1) this.join(a, holders[0], out);
      else if (unnamed.length === 1) this.join(a, unnamed[0], out);
    }
    if (out.size) this.entities = this.entities.filter((e) => !out.has(e));
    return out;
  }

  /** `a` is `b` told of earlier: b takes a's titles, mentions and first sighting. */
  private join(a: DocEntity, b: DocEntity, out: Map<DocEntity, DocEntity>) {
    out.set(a, b);
    for (const t of a.titles) this.addTitle(b, t);
    b.mentions += a.mentions;
    b.firstSeen = Math.min(b.firstSeen ?? b.lastSeen, a.firstSeen ?? a.lastSeen);
  }

  /**
   * The official someone called "نظيره" is the counterpart of: the last one the same sentence
   * named with a title, of another country ("التقى وزير الخارجية المصري X نظيره الإيطالي Y").
   */
  private counterpartOf(e: DocEntity): DocEntity | null {
    // ("نظيرها": her counterpart — a woman's, not the man the sentence titled last; "نظيره": a man's)
    const ofPossessor = possessorFits(e.titles.find((t) => t.includes("نظير")) ?? "");
    let ref: DocEntity | null = null;
    for (const x of this.entities) {
      if (x === e || !x.titles.length || (e.country && x.country === e.country) || x.lastSentence !== e.lastSentence) continue;
      if (!ofPossessor(x)) continue;
      if (!ref || x.lastSeen > ref.lastSeen) ref = x;
    }
    return ref;
  }

  private create(name: string, m: PersonMention, kb?: { kbId: string; name_en?: string; country?: string; name?: string }): DocEntity {
    const e: DocEntity = {
      id: `e${++this.counter}`,
      type: "person",
      name: kb?.name ?? name,
      name_en: kb?.name_en,
      titles: [],
      country: kb?.country ?? m.country,
      kb_id: kb?.kbId,
      nameWords: key(kb?.name ?? name),
      titleWords: [],
      heads: new Set(),
      lastSeen: 0,
      mentions: 0,
    };
    this.entities.push(e);
    if (kb?.kbId) this.byKb.set(kb.kbId, e);
    return e;
  }

  private byName(m: PersonMention, position: number, sentence?: number): DocEntity {
    const words = key(m.name!);
    // ("حفتر الابن": the son the article named — not the base's best-known bearer of the name)
    const kbId = m.son && this.entities.some((e) => e.nameWords.length > 1 && contains(e.nameWords, words)) ? undefined : this.bearer(m.kbIds);
    // a bare surname is the one person the article named in full with it, whoever the base's
    // best-known bearer is ("محمد الحويج", then "وأوضح الحويج")
    if (words.length === 1) {
      const named = this.entities.filter((e) => (e.writtenName?.length ?? 0) >= 2 && e.nameWords[e.nameWords.length - 1] === words[0]);
      // (which is the base's bearer after all when he could be: "عادل بن أحمد الجبير"، "الجبير")
      if (named.length === 1) {
        const e = named[0];
        if (kbId && !e.kb_id && !this.byKb.has(kbId) && this.couldBe(e, kbId)) { e.kb_id = kbId; this.byKb.set(kbId, e); this.fillFromKb(e); }
        return e;
      }
    }
    if (kbId && this.byKb.has(kbId)) return this.byKb.get(kbId)!;
    // a partial name joins an entity whose name contains it ("حفتر" → "خليفة حفتر")
    // (and a name of three words or more that opens this one, a word longer: "محمد خالد الحمد", cut
    // before a family name that is also a word, then "محمد خالد الحمد الصباح")
    const opens = (e: DocEntity) => !e.kb_id && e.nameWords.length >= 3 && words.length === e.nameWords.length + 1 && e.nameWords.every((w, k) => words[k] === w);
    // (or the name the article wrote for it, when the base's is shorter: "عادل بن أحمد الجبير" again)
    const candidates = this.entities.filter((e) => e.nameWords.length > 0 && (contains(e.nameWords, words) || opens(e) || (!!e.writtenName && contains(e.writtenName, words))));
    if (candidates.length) {
      const rankKey = m.rank ? key(m.rank) : [];
      const scored = candidates.map((e) => {
        let s = e.lastSeen / 1e6 + e.mentions / 1e3;
        if (kbId && e.kb_id === kbId) s += 10;
        if (kbId && e.kb_id && e.kb_id !== kbId) s -= 10;
        if (rankKey.length && e.titleWords.some((t) => contains(t, rankKey))) s += 5;
        if (m.title && e.titleWords.some((t) => contains(t, key(m.title!)))) s += 5;
        return { e, s };
      });
      scored.sort((a, b) => b.s - a.s);
      if (scored[0].s > -5) {
        const e = scored[0].e;
        // a fuller name improves the entity's name ("حفتر" seen first, then "خليفة حفتر")
        if (words.length > e.nameWords.length && !e.kb_id) { e.name = m.name!; e.nameWords = words; }
        // (a surname the base links is adopted only by an entity that could be that person:
        // "هايلي ماريام ديسالين" of Ethiopia is not Nikki Haley because "هايلي" alone matched her)
        if (kbId && !e.kb_id && this.couldBe(e, kbId)) { e.kb_id = kbId; this.byKb.set(kbId, e); this.fillFromKb(e); }
        return e;
      }
    }
    // an entity known so far only by its title, now named ("وزير الداخلية ... ماتيو بيانتيدوزي" later)
    // Not within one sentence: "وصل الوزير ... والتقى بوزير الداخلية X" names another minister
    // (the writer who meant the same one would have named him at once).
    if (m.title) {
      const kbCountry = kbId ? this.titles?.person(kbId)?.country : undefined;
      // (the base's country for a title that names none: "وزير الداخلية المفوض بحكومة الوفاق")
      // (or an unnamed title the base says this person held that day: the headline's "رئيس
      // الوزراء", then "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة")
      const t = this.titleMatch(m, position, true, m.country ?? kbCountry) ?? (kbId ? this.unnamedOfficeOf(kbId, kbCountry) : null);
      const sameSentence = t && sentence !== undefined && t.lastSentence === sentence;
      // (only an entity still unnamed takes the name: "نظيره الأميركي" found a counterpart already
      // named, and an unknown name under that title must not rename him)
      if (t && !t.nameWords.length && !sameSentence && !(kbCountry && t.country && kbCountry !== t.country)) {
        t.name = m.name!;
        t.nameWords = words;
        if (kbId) { t.kb_id = kbId; this.byKb.set(kbId, t); this.fillFromKb(t); }
        return t;
      }
    }
    const e = this.create(m.name!, m, kbId ? { kbId } : undefined);
    if (kbId) this.fillFromKb(e);
    return e;
  }

  /**
   * The base's person a name shared by several stands for ("ديبي": Idriss Déby or his son
   * Mahamat): one who held an office on the article's date before one who did not (the dead
   * and the retired meet no one), then one the article has already named, then the base's order.
   */
  private bearer(ids: string[] | undefined): string | undefined {
    if (!ids || ids.length < 2 || !this.titles) return ids?.[0];
    const score = (id: string) => (this.date && this.titles!.person(id)?.officeTitles?.(this.date).length ? 2 : 0) + (this.byKb.has(id) ? 1 : 0);
    let best = ids[0];
    for (const id of ids) if (score(id) > score(best)) best = id;
    return best;
  }

  /** a body: one entity per knowledge-base record (or per name when the base lacks it) */
  private byOrg(m: PersonMention): DocEntity {
    const key = m.kbIds?.[0] ? `org:${m.kbIds[0]}` : `org:${normalize(m.name!)}`;
    const known = this.byKb.get(key);
    if (known) return known;
    const org = m.kbIds?.[0] ? this.titles?.org?.(m.kbIds[0]) : null;
    const e = this.create(org?.name ?? m.name!, m, { kbId: key, name: org?.name ?? m.name!, name_en: org?.name_en, country: org?.country });
    e.type = "org";
    e.kb_id = m.kbIds?.[0];
    return e;
  }

  /** Is the base's person kbId compatible with what the article says of e (name words, country)? */
  private couldBe(e: DocEntity, kbId: string): boolean {
    const p = this.titles?.person(kbId);
    if (!p) return true;
    if (e.country && p.country && e.country !== p.country) return false;
    // one name holds the other: "عادل بن أحمد الجبير" is the base's "عادل الجبير"; "هايلي ماريام
    // ديسالين" and "نيكي هيلي" share no such relation
    // (a surname the base lists is held by any bearer's name: "لورا بادوان" holds "بادوان" and is
    // not Pier Carlo Padoan; only the full name may be held)
    const full = key(p.name);
    return allIn(e.nameWords, full) || allIn(full, e.nameWords) || p.surnames.some((s) => allIn(e.nameWords, key(s)));
  }

  private fillFromKb(e: DocEntity) {
    const p = e.kb_id ? this.titles?.person(e.kb_id) : null;
    if (!p) return;
    if (p.gender) e.gender = p.gender;
    e.name = p.name; // the base's full name: "حفتر" in the text is "خليفة حفتر"
    e.nameWords = key(p.name);
    e.name_en ??= p.name_en;
    e.country ??= p.country;
  }

  /**
   * The own country the base gives an official of a body above states (EU, UN), when the title's
   * head is one such an official is named under by it ("المفوض المجري"; not "السفير الإيطالي").
   */
  private nationalityOf(e: DocEntity, head: string | undefined): string | undefined {
    if (!e.kb_id || !head || !mentionLexicon().nationalityHeads.has(head)) return undefined;
    return this.titles?.person(e.kb_id)?.nationality;
  }

  private titleMatch(m: PersonMention, _position: number, unnamedOnly: boolean, country = m.country): DocEntity | null {
    const head = headKey(m.head ?? m.title!.split(/\s+/)[0]);
    const words = titleKey(m.title!).filter((w) => w !== head);
    // (the head in its feminine form is the head: "الوزيرة الإيطالية" is head and country alone)
    const onlyHead = words.length === 1 && words[0] === head + "ه";
    // (a head written with the pronoun ه — "ممثله الخاص"، "نائبه" — is his man, not a woman's
    // title: normalized, ه and ة are one letter)
    const written = m.title!.split(/\s+/)[0];
    const gender = /\u0647$/.test(written) ? undefined : headGender(m.head ?? written);
    let best: DocEntity | null = null;
    // "نظيره المالطي": the most recent person of that country, whatever the office
    if (head === "نظير") {
      // the one of that country who holds the office of the one whose counterpart this is, when
      // the article named him ("عقد وزير الخارجية X جلسة مع نظيره المالطي": the Maltese foreign
      // minister of the delegation, not its prime minister), else the last seen of that country
      const office = this.possessorOffice(m.country);
      const holds = (e: DocEntity) => !!office && e.titleWords.some((t) => t.some((w) => office.has(w)));
      for (const e of this.entities) {
        if (unnamedOnly && e.nameWords.length) continue;
        if (!m.country || e.country !== m.country) continue;
        if (!best) best = e;
        else if (holds(e) !== holds(best)) { if (holds(e)) best = e; }
        else if (e.lastSeen > best.lastSeen) best = e;
      }
      // (the base's holder is a named entity: no answer when only an unnamed one is asked for)
      return best ?? (unnamedOnly ? null : this.counterpartFromBase(m));
    }
    // "المسؤول الإيطالي": the one of that country last seen; "الضيف الإيطالي": the story's visitor
    // of that country, the first named ("زار X طرابلس … بحضور Y … واستقبل Z الضيف المالطي": X)
    // (named before unnamed, either way)
    if (m.source === "guest") {
      const first = head === "ضيف";
      const at = (e: DocEntity) => (first ? -(e.firstSeen ?? e.lastSeen) : e.lastSeen);
      for (const e of this.entities) {
        if (unnamedOnly && e.nameWords.length) continue;
        if (!m.country || (e.country !== m.country && this.nationalityOf(e, head) !== m.country) || e.type !== "person") continue;
        if (!best || (!!e.nameWords.length !== !!best.nameWords.length ? !!e.nameWords.length : at(e) > at(best))) best = e;
      }
      return best;
    }
    for (const e of this.entities) {
      if (unnamedOnly && e.nameWords.length) continue;
      // (an official of a body above states is also of his own country: "المفوض المجري")
      if (country && e.country && country !== e.country && this.nationalityOf(e, head) !== country) continue;
      if (head && e.heads.size && !e.heads.has(head)) continue;
      // "الوزير الإيطالي": head and country alone; "قائد الجيش": its words within a known title;
      // and a named mention claims an earlier unnamed title it is more specific than
      // ("الرئيس المصري" is the president, not "رئيس الوزراء المصري": an office that is one by
      // itself, named with its country, joins only someone called by that office alone)
      const bareOffice = words.length === 0 && !!m.country && !!head && (mentionLexicon().selfContained.has(head) || mentionLexicon().selfContained.has("ال" + head));
      const ok = bareOffice ? e.titleWords.some((t) => t.every((w) => w === head))
        : words.length === 0 ? !!head && e.heads.has(head)
        // (more specific than every title of that head it has: "رئيس" said alone of "رئيس مجلس
        // إدارة الشركة" does not let "رئيس الحكومة X" claim it)
        : e.titleWords.some((t) => contains(t, words)) || (unnamedOnly && e.titleWords.some((t) => t.includes(head!)) && e.titleWords.every((t) => !t.includes(head!) || t.filter((w) => w !== head).every((w) => words.includes(w)))) || (onlyHead && e.heads.has(head!));
      if (!ok) continue;
      // a title with no nationality names again the one the article called by it before
      // ("رئيس الوزراء" of a statement is its own); with one, the last seen of that country
      const exact = (x: DocEntity) => !m.country && x.titles.some((t) => normalize(t) === normalize(m.title!));
      if (best && exact(best) !== exact(e)) { if (exact(e)) best = e; continue; }
      // a title of a country goes to one known to be of that country before one of no known
      // country ("الوزير الإيطالي" is not "وزير خارجية دولة غربية" seen since)
      const ofCountry = (x: DocEntity) => !!country && x.country === country;
      if (best && ofCountry(best) !== ofCountry(e)) { if (ofCountry(e)) best = e; continue; }
      // "كما التقى الوزير": the man of the article's ministers before the woman ("وزيرة الداخلية")
      const fits = (x: DocEntity) => !x.gender || !gender || x.gender === gender;
      if (!fits(e) && gender === "f") continue;
      if (best && fits(best) !== fits(e)) { if (fits(e)) best = e; continue; }
      // ("وبحثت الوزيرة مع …": a woman known to be one before one of no known gender)
      const surelyHer = (x: DocEntity) => gender === "f" && x.gender === "f";
      if (best && surelyHer(best) !== surelyHer(e)) { if (surelyHer(e)) best = e; continue; }
      // "السيد الوزير" in a statement's protocol voice is its own official: of the country of the
      // first person it names, named first; otherwise the one last seen
      // (so is "الوزيرة" alone: in the stories of a woman official, the bare feminine head is the
      // story's own — "وكانت الوزيرة قد بحثت …" after her counterpart was named last)
      if (!best || (((m.honorific && words.length === 0) || onlyHead) && !m.country ? this.ownFirst(e, best) : e.lastSeen > best.lastSeen)) best = e;
    }
    return best;
  }

  /** Does e come before best as a statement's own official (its home country first, then first named)? */
  private ownFirst(e: DocEntity, best: DocEntity): boolean {
    const home = this.entities.find((x) => x.type === "person" && x.country)?.country;
    const own = (x: DocEntity) => (home && x.country === home ? 0 : 1);
    if (own(e) !== own(best)) return own(e) < own(best);
    return (e.firstSeen ?? e.lastSeen) < (best.firstSeen ?? best.lastSeen);
  }

  /**
   * "بحث وزير الداخلية الإيطالي مع نظيره الليبي": nobody of that country named yet — the holder
   * of the same office in that country on the article's date, as the base knows it (the office
   * is the last-named official's of another country).
   */
  private counterpartFromBase(m: PersonMention): DocEntity | null {
    if (!m.country || !this.date || !this.titles) return null;
    let other: DocEntity | null = null;
    // (not another of his counterparts: in "نظيريه الإيطالي X والمالطي" the Maltese one is the
    // counterpart of the one whose they both are, not of the Italian)
    // ("نظيرها": a woman's counterpart — not the man titled last)
    const ofPossessor = possessorFits(m.title ?? "");
    for (const e of this.entities) {
      if (!ofPossessor(e)) continue;
      if (e.titles.length && e.country && e.country !== m.country && !e.heads.has("نظير") && (!other || e.lastSeen > other.lastSeen)) other = e;
    }
    if (!other) return null;
    const adj = countryLexicon().adjectives;
    const office = normalize(other.titles[0]).split(/\s+/).filter((w) => !adj.has(w)).join(" ");
    const kb = office ? this.titles.resolve(office, m.country, this.date) : null;
    if (!kb || (kb.country && kb.country !== m.country)) return null;
    return this.byKb.get(kb.kbId) ?? this.create(kb.name, m, kb);
  }

  private byTitle(m: PersonMention, position: number): DocEntity | null {
    // (or an unnamed one this title says more of: the headline's "السفير الفرنسي", then "السفير
    // الفرنسي لدى ليبيا")
    // (of the same nationality, both said: "رئيس الوزراء" is not "رئيس وزراء النيجر")
    const loose = (): DocEntity | null => { const e = this.titleMatch(m, position, true); return e && e.country && e.country === m.country ? e : null; };
    const prior = this.titleMatch(m, position, false) ?? loose();
    // an antecedent in the article wins over the base: the article knows whom it means
    if (prior && (prior.kb_id || prior.nameWords.length)) return prior;
    // the knowledge base says who held the office on the article's date
    // "وزير إيطالي" is some Italian minister: only a title with its domain (or a head that is an
    // office by itself, "الرئيس الفرنسي") names one office-holder
    const head = headKey(m.head ?? m.title!.split(/\s+/)[0]) ?? "";
    // (nor does a body above states: "المبعوث الأممي" is the UN's envoy, one office if the base
    // lists that title for one office only)
    const specific = titleKey(m.title!).filter((w) => w !== head).length > 0 || mentionLexicon().selfContained.has(head) || mentionLexicon().selfContained.has("ال" + head) ||
      (!!m.country && countryLexicon().supranational.has(m.country));
    let kb = this.date && specific && !m.openBody ? this.titles?.resolve(m.title!, m.country, this.date) ?? null : null;
    if (kb && !m.country && kb.country && this.countries && !this.countries.has(kb.country)) kb = null;
    if (kb) {
      const known = this.byKb.get(kb.kbId);
      if (known) return known;
      if (prior) {
        // an unnamed title entity learns who it is
        prior.kb_id = kb.kbId;
        prior.name = kb.name;
        prior.nameWords = key(kb.name);
        prior.name_en ??= kb.name_en;
        prior.country ??= kb.country;
        this.byKb.set(kb.kbId, prior);
        return prior;
      }
      return this.create(kb.name, m, kb);
    }
    if (prior) return prior;
    // a title nobody in the article or the base fills: the title is the participant
    const e = this.create("", m);
    e.nameWords = [];
    return e;
  }
}

/**
 * `b` holds every office `a`'s titles name: each head of a, and the other words of each
 * title (a one-word office is its head: "المبعوث" of "… والمبعوث الخاص").
 */
function holdsOffice(b: DocEntity, a: DocEntity): boolean {
  for (const h of a.heads) if (!b.heads.has(h)) return false;
  // (the country a title names as its own is the entities' country, said either way: "سفير فرنسا"
  // is "سفير الجمهورية الفرنسية")
  const names = countryLexicon().singleNames;
  const own = (w: string) => !!a.country && b.country === a.country && (names.get(w) === a.country || names.get("ال" + w) === a.country);
  return a.titleWords.every((t) => t.length <= 1 || b.titleWords.some((bt) => t.every((w) => bt.includes(w) || own(w))));
}

/**
 * Who the pronoun of a counterpart title ("نظيرها الإيطالي"، "نظيره") can point to: a woman for
 * ها, anyone but a woman for ه, anyone for the dual and plural.
 */
function possessorFits(title: string): (e: DocEntity) => boolean {
  const word = normalize(title).split(/\s+/)[0] ?? "";
  if (/[^م]ها$/.test(word)) return (e) => e.gender === "f";
  if (/ه$/.test(word)) return (e) => e.gender !== "f";
  return () => true;
}

/**
 * b holds a's office by its head and first word ("رئيس أركان" of "رئيس أركان الجيش الليبي" and "رئيس
 * أركان القوات المسلحة العربية الليبية"): the body's wording of the headline's title.
 */
function sharesOfficeCore(b: DocEntity, a: DocEntity): boolean {
  for (const h of a.heads) if (!b.heads.has(h)) return false;
  return a.titleWords.some((t) => t.length >= 2 && b.titleWords.some((bt) => bt[0] === t[0] && bt[1] === t[1]));
}

/** A title's words as written, normalized, articles off: every word, nationalities included. */
function titleWordsOf(t: string): string[] {
  return normalize(t).split(/\s+/).filter(Boolean).map((w) => w.replace(/^(ال|بال|لل)/, ""));
}

/** true when every word of `part` occurs in `whole` */
function contains(whole: string[], part: string[]): boolean {
  if (!part.length) return false;
  return part.every((w) => whole.includes(w));
}

/** Every word of `words` is one of `holder`'s. */
function allIn(words: readonly string[], holder: readonly string[]): boolean {
  for (const w of words) if (!holder.includes(w)) return false;
  return true;
}
