// Interface labels in Arabic (default, right-to-left) and English. Names of people and places
// come from the data (Arabic name, English name from the knowledge base); these are only the
// words of the interface.
import { useEffect, useState } from "preact/hooks";

export type Lang = "ar" | "en";

const AR = {
  title: "مرصد", subtitle: "من التقى من، ومتى، وأين، وحول ماذا",
  timeline: "الأحداث", network: "شبكة اللقاءات", map: "الخريطة", trends: "المواضيع عبر الزمن", figures: "الأرقام", search: "بحث", actor: "شخصية", article: "مقال",
  switchLang: "English", actorFilter: "الشخصية", country: "البلد", topic: "الموضوع", type: "النوع", from: "من", to: "إلى", any: "الكل", apply: "تطبيق", clear: "مسح",
  events: "حدث", noEvents: "لا أحداث تطابق هذه المرشحات", loading: "جارٍ التحميل…", error: "خطأ", more: "التالي", prev: "السابق", of: "من",
  sources: "المصادر", evidence: "الدليل", participants: "المشاركون", place: "المكان", date: "التاريخ", undated: "دون تاريخ", confidence: "الثقة",
  offices: "المناصب", counterparts: "من التقى", topics: "المواضيع", perMonth: "النشاط شهريًا", places: "الأماكن", count: "العدد", first: "أول ظهور", last: "آخر ظهور",
  value: "القيمة", unit: "الوحدة", thing: "ماذا", published: "النشر", text: "النص", searchPlaceholder: "ابحث في المقالات…", noResults: "لا نتائج", openArticle: "المقال",
  legendPerson: "شخص", legendOrg: "جهة", legendPlace: "مكان", legendDate: "تاريخ", legendFigure: "رقم", legendEvent: "حدث", notFound: "غير موجود",
  unplaced: "أحداث بلا إحداثيات: {n}", stats: "{a} مقال · {e} حدث · {p} شخصية",
  meeting: "لقاء", call: "اتصال", visit: "زيارة", agreement: "اتفاق", funding: "تمويل", statement: "تصريح",
  happened: "حدث", planned: "مخطط", cancelled: "ألغي", denied: "نُفي", host: "مضيف", guest: "ضيف", source: "المصدر",
} as const;

export type Key = keyof typeof AR;

const EN: Record<Key, string> = {
  title: "Marsad", subtitle: "Who met whom, when, where, about what",
  timeline: "Events", network: "Network", map: "Map", trends: "Topic trends", figures: "Figures", search: "Search", actor: "Actor", article: "Article",
  switchLang: "العربية", actorFilter: "Actor", country: "Country", topic: "Topic", type: "Type", from: "From", to: "To", any: "Any", apply: "Apply", clear: "Clear",
  events: "events", noEvents: "No events match these filters", loading: "Loading…", error: "Error", more: "Next", prev: "Previous", of: "of",
  sources: "Sources", evidence: "Evidence", participants: "Participants", place: "Place", date: "Date", undated: "undated", confidence: "Confidence",
  offices: "Offices", counterparts: "Counterparts", topics: "Topics", perMonth: "Activity per month", places: "Places", count: "Count", first: "First seen", last: "Last seen",
  value: "Value", unit: "Unit", thing: "What", published: "Published", text: "Text", searchPlaceholder: "Search the articles…", noResults: "No results", openArticle: "Article",
  legendPerson: "person", legendOrg: "organization", legendPlace: "place", legendDate: "date", legendFigure: "figure", legendEvent: "event", notFound: "Not found",
  unplaced: "events without coordinates: {n}", stats: "{a} articles · {e} events · {p} actors",
  meeting: "meeting", call: "call", visit: "visit", agreement: "agreement", funding: "funding", statement: "statement",
  happened: "happened", planned: "planned", cancelled: "cancelled", denied: "denied", host: "host", guest: "guest", source: "Source",
};

const LABELS: Record<Lang, Record<Key, string>> = { ar: AR, en: EN };
const STORAGE = "marsad-lang";

let current: Lang = (() => {
  try {
    return localStorage.getItem(STORAGE) === "en" ? "en" : "ar";
  } catch {
    return "ar";
  }
})();
const listeners = new Set<(l: Lang) => void>();

export function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  applyLang(lang);
  for (const l of listeners) l(lang);
}

export function getLang(): Lang {
  return current;
}

export function useLang(): Lang {
  const [lang, set] = useState(current);
  useEffect(() => {
    listeners.add(set);
    return () => void listeners.delete(set);
  }, []);
  return lang;
}

/** The label for `key`, with {name} placeholders filled in. */
export function t(key: Key, vars: Record<string, string | number> = {}, lang: Lang = current): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}

/** Country name from its ISO code in the chosen language (the browser knows them). */
export function countryName(code: string | undefined | null, lang: Lang = current): string {
  if (!code) return "";
  try {
    return new Intl.DisplayNames([lang], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(n: number, lang: Lang = current): string {
  return new Intl.NumberFormat(lang === "ar" ? "ar-LY-u-nu-latn" : "en-GB").format(n);
}
