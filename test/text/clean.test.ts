import { test } from "node:test";
import assert from "node:assert/strict";
import { clean, spanToRaw, toRaw } from "../../src/text/clean.js";
import { assertSegmentsExact } from "./helpers.js";

// Composed article fragments (not taken from any outlet): [name, raw, expected clean text, rules removed].
const NOISE_CASES: [string, string, string, string[]][] = [
  [
    "tracking token with a site slogan after it",
    "الوزير يزور العاصمة\nبحث الوزير مع نظيره ملف الحدود.\nbWFyc2FkIHRlc3QgdG9rZW4= موقع الأخبار اليومية",
    "الوزير يزور العاصمة\nبحث الوزير مع نظيره ملف الحدود.",
    ["tracking-token"],
  ],
  [
    "tracking token glued to the end of a paragraph",
    "بحث الوزير ملف الحدود. ZXhhbXBsZUlEOjEyMzQ1Njc4",
    "بحث الوزير ملف الحدود.",
    ["tracking-token"],
  ],
  [
    "hex tracking id on its own line",
    "وصل الوفد إلى المدينة.\n3fa85f6457174562b3fc2c963f66afa6",
    "وصل الوفد إلى المدينة.",
    ["tracking-token"],
  ],
  [
    "related-articles header and the headlines under it, across blank lines",
    "عنوان الخبر\nنص الخبر الأول هنا.\nاقرأ أيضا:\nالوزير يصل إلى العاصمة\n\nوفد أوروبي في زيارة رسمية\n",
    "عنوان الخبر\nنص الخبر الأول هنا.",
    ["related", "related", "related"],
  ],
  [
    "related block stops at a body paragraph",
    "عنوان الخبر\nمواضيع ذات صلة\nالوزير يصل إلى العاصمة\nوقال المتحدث باسم الوزارة إن اللقاء تناول ملفات الهجرة والحدود.",
    "عنوان الخبر\nوقال المتحدث باسم الوزارة إن اللقاء تناول ملفات الهجرة والحدود.",
    ["related", "related"],
  ],
  [
    "English related header with author lines",
    "عنوان الخبر\nنص الخبر.\nRelated posts\nسقوط أمطار غزيرة على المدينة\nAb Cd\nافتتاح معرض الكتاب",
    "عنوان الخبر\nنص الخبر.",
    ["related", "related", "related", "related"],
  ],
  [
    "bullets under a short unknown header with a colon are still links",
    "عنوان الخبر\nنص الخبر.\nروابط أخرى:\n- الرئيس يستقبل السفير في مكتبه",
    "عنوان الخبر\nنص الخبر.\nروابط أخرى:",
    ["bullet"],
  ],
  [
    "bullet lines are links to other articles",
    "عنوان الخبر\nنص الخبر.\n- الرئيس يستقبل السفير في مكتبه\n• وزير الدفاع في زيارة إلى الجنوب\nوأضاف البيان أن الجانبين اتفقا على متابعة الملف.",
    "عنوان الخبر\nنص الخبر.\nوأضاف البيان أن الجانبين اتفقا على متابعة الملف.",
    ["bullet", "bullet"],
  ],
  [
    "pull-quote repeating a body sentence (the body copy stays)",
    "عنوان الخبر\nوشهدت الزيارة اجتماعا موسعا في مقر الوزارة، حيث استقبل الوزير الوفد الزائر.\n◙ الزيارة شهدت اجتماعا موسعا في مقر الوزارة حيث استقبل الوزير الوفد الزائر",
    "عنوان الخبر\nوشهدت الزيارة اجتماعا موسعا في مقر الوزارة، حيث استقبل الوزير الوفد الزائر.",
    ["pull-quote"],
  ],
  [
    "a caption printed twice",
    "عنوان الخبر\nالوزيران خلال اللقاء\nالوزيران خلال اللقاء\nنص الخبر.",
    "عنوان الخبر\nالوزيران خلال اللقاء\nنص الخبر.",
    ["repeat"],
  ],
  [
    "the title stays even when a later line is longer and contains it",
    "الوزير يلتقي نظيره في العاصمة\nالوزير يلتقي نظيره في العاصمة اليوم لبحث ملف الهجرة والتعاون الأمني.",
    "الوزير يلتقي نظيره في العاصمة\nالوزير يلتقي نظيره في العاصمة اليوم لبحث ملف الهجرة والتعاون الأمني.",
    [],
  ],
  [
    "a shorter copy of the title is removed, the title stays",
    "الوزير يلتقي نظيره في العاصمة لبحث الهجرة - موقع الأخبار\n\nالوزير يلتقي نظيره في العاصمة لبحث الهجرة\nنص الخبر.",
    "الوزير يلتقي نظيره في العاصمة لبحث الهجرة - موقع الأخبار\nنص الخبر.",
    ["pull-quote"],
  ],
  [
    "page number, view counter and date left at the end",
    "عنوان الخبر\nنص الخبر.\n22/03/2021\n1523\n16 يوليو 2024\n",
    "عنوان الخبر\nنص الخبر.",
    ["lone-number", "lone-number", "trailing-date"],
  ],
  [
    "navigation and font-size buttons",
    "+ A\nA -\nenglish EN\nعنوان الخبر\nنص الخبر.",
    "عنوان الخبر\nنص الخبر.",
    ["nav", "nav", "nav"],
  ],
  [
    "a site's name and slogan above a breadcrumb trail: no title, no dateline",
    "شبكة الأخبار المحلية — أخبار البلاد على مدار الساعة\nالرئيسية › سياسة › محلي\nعنوان الخبر\nروما – نص الخبر.",
    "عنوان الخبر\nروما – نص الخبر.",
    ["slogan", "breadcrumb"],
  ],
  [
    "a headline with a dash and a sentence's words after it is kept",
    "الحرس يراقب الحدود — دوريات على مدار الساعة في الجنوب والشرق والغرب منذ شهر مارس الماضي\nنص الخبر.",
    "الحرس يراقب الحدود — دوريات على مدار الساعة في الجنوب والشرق والغرب منذ شهر مارس الماضي\nنص الخبر.",
    [],
  ],
  [
    "share buttons, copy link, ad label, end marker",
    "إعلان\nعنوان الخبر\nنص الخبر.\nشارك\nطباعة | فيسبوك | تويتر\ncopy short url   نسخ\n// انتهى //",
    "عنوان الخبر\nنص الخبر.",
    ["buttons", "buttons", "buttons", "buttons", "buttons"],
  ],
  [
    "copyright, follow-us, contact and view counter lines",
    "عنوان الخبر\nنص الخبر.\n1200 مشاهدة\nتابعونا على فيسبوك وتويتر\nجميع الحقوق محفوظة © 2024\nللتواصل أرسل رسالة إلى 12345",
    "عنوان الخبر\nنص الخبر.",
    ["counter", "signature", "signature", "signature"],
  ],
  [
    "a link to the story itself with its headline: no event of the article's own",
    "عنوان الخبر\nالتقى الوزير نظيره في روما.\nرابط الخبر بصحيفة الأنباء: الوزير يلتقي نظيره في روما",
    "عنوان الخبر\nالتقى الوزير نظيره في روما.",
    ["signature"],
  ],
  [
    "publication stamps",
    "عنوان الخبر\nنشر في: 16/04/2019 - 20:46\nآخر تحديث: 17/04/2019\nنص الخبر.",
    "عنوان الخبر\nنص الخبر.",
    ["signature", "signature"],
  ],
  [
    "a long publication stamp, a copyright sign, share and back-to-top buttons",
    "عنوان الخبر\nنشر في: 12 مارس ,2024: 10:03 م GST آخر تحديث: 12 مارس ,2024: 11:30 م GST\nنص الخبر.\nشارك هذا المقال\n© 2024 موقع الأخبار\nالعودة إلى الأعلى",
    "عنوان الخبر\nنص الخبر.",
    ["signature", "buttons", "signature", "buttons"],
  ],
  [
    "masthead labels with the name under them",
    "رئيس التحرير\nفلان الفلاني\nعنوان الخبر\nنص الخبر.",
    "عنوان الخبر\nنص الخبر.",
    ["masthead", "masthead"],
  ],
  [
    "e-mail and URL lines",
    "عنوان الخبر\nنص الخبر.\nwriter@example.com\nhttps://example.com/news/12345",
    "عنوان الخبر\nنص الخبر.",
    ["url", "url"],
  ],
  [
    "scraped metadata prefix before the first sentence",
    " date 2021-05 التقى الوزير نظيره في العاصمة.",
    "التقى الوزير نظيره في العاصمة.",
    ["meta-prefix"],
  ],
  [
    "an inline related link",
    "عنوان الخبر\nنص الخبر.\nاقرأ أيضاً: الرئيس يستقبل وفدا برلمانيا\nوتابع البيان أن الزيارة تستمر يومين.",
    "عنوان الخبر\nنص الخبر.\nوتابع البيان أن الزيارة تستمر يومين.",
    ["related"],
  ],
  [
    "several related links on one line, set off by bullets",
    "عنوان الخبر\nنص الخبر.\nاقرأ أيضا: • الوزير يتباحث مع نظيره الموريتاني في نواكشوط • رئيس المجلس يستقبل وفدا برلمانيا من البيرو • رئيس مجلس النواب يجري مباحثات مع رئيس الجمعية الوطنية الفرنسية في الرباط\nوتابع البيان أن الزيارة تستمر يومين.",
    "عنوان الخبر\nنص الخبر.\nوتابع البيان أن الزيارة تستمر يومين.",
    ["related"],
  ],
  [
    "relative time stamp, hashtags, tags and cookie notice",
    "منذ 3 ساعات\nعنوان الخبر\nنص الخبر.\n#ليبيا #الهجرة\nالكلمات المفتاحية: ليبيا، الهجرة\nنستخدم ملفات تعريف الارتباط لتحسين تجربتك",
    "عنوان الخبر\nنص الخبر.",
    ["time-stamp", "hashtags", "signature", "signature"],
  ],
  [
    "lone CR and Unicode line separators end lines too",
    "عنوان الخبر\rنص الخبر.\u2028وتابع الوزير حديثه.",
    "عنوان الخبر\nنص الخبر.\nوتابع الوزير حديثه.",
    [],
  ],
  [
    "whitespace: runs collapsed, blank lines dropped, CRLF",
    "عنوان   الخبر\r\n\r\n\r\nقال\tالوزير  إن اللقاء  مثمر.  \r\n",
    "عنوان الخبر\nقال الوزير إن اللقاء مثمر.",
    [],
  ],
];

// Lines that look like noise to a careless rule but are article text.
const KEEP_CASES: [string, string][] = [
  ["bullets under a line that introduces them", "عنوان الخبر\nوتناول اللقاء عدة ملفات أبرزها:\n- دعم خفر السواحل\n- مكافحة الهجرة غير النظامية\nوأكد الجانبان استمرار التنسيق."],
  ["a title that starts like a photo credit", "تصوير الاجتماع الأول للجنة العسكرية المشتركة في جنيف\nنص الخبر."],
  ["a title that starts like a related link", "للمزيد من الدعم الأوروبي لخفر السواحل الليبي\nنص الخبر."],
  ["a sentence starting with a time phrase", "عنوان الخبر\nقبل يومين التقى الوزير نظيره في العاصمة."],
  ["a body sentence starting with a share word", "عنوان الخبر\nشارك وزير الداخلية في اجتماع حول الهجرة."],
  ["an agency sign-off in parentheses", "عنوان الخبر\nنص الخبر.\n(AFP)"],
  ["an Arabic agency sign-off", "عنوان الخبر\nنص الخبر.\nوكالات"],
  ["a dateline at the top", "عنوان الخبر\nالجمعة 13 يونيو 2025\nنص الخبر."],
  ["a short subheading", "عنوان الخبر\nنص الخبر.\nتعاون أمني\nوقال الوزير إن التعاون مستمر."],
  ["a numbered list item", "عنوان الخبر\n1. دعم خفر السواحل\n2. تدريب العناصر"],
  ["an embedded English sentence", "عنوان الخبر\nنص الخبر.\nFrom 1 to 7 May, 300 migrants were returned."],
  ["ordinary long Latin words and numbers", "عنوان الخبر\nذكرت وكالة Internationalization و 1234567890123456789 في تقرير."],
  ["bullet points of the article's own list (ending like sentences)", "عنوان الخبر\nوتضمن الاتفاق ما يلي:\n- تدريب 500 عنصر من خفر السواحل.\n- تسليم عشرة زوارق دورية."],
  [
    "two near-identical lines that differ by a name in the middle",
    "عنوان الخبر\nوبعث الرئيس برقية تهنئة إلى الرئيس أحمد الفلاني بمناسبة ذكرى استقلال بلاده متمنيا له موفور الصحة.\nوبعث الرئيس برقية تهنئة إلى الرئيس جون سميث بمناسبة ذكرى استقلال بلاده متمنيا له موفور الصحة.",
  ],
  [
    "two near-identical lines that differ by one word near the start",
    "عنوان الخبر\nالتقى وزير الخارجية نظيره في العاصمة أمس وبحثا ملف الهجرة والتعاون الأمني.\nالتقى وزير الداخلية نظيره في العاصمة أمس وبحثا ملف الهجرة والتعاون الأمني.",
  ],
  [
    "two near-identical list points with different figures",
    "عنوان الخبر\nمنع التعاقد مع لاعبين أجانب إذا تجاوزت الديون 25 مليونا\nمنع التعاقد مع لاعبين أجانب إذا تجاوزت الديون 15 مليونا",
  ],
  ["a body paragraph after a headline without punctuation", "عنوان الخبر\nالتقى الوزير نظيره اليوم في العاصمة وناقشا ملف الهجرة"],
  ["a timeline's bullet headings (a date and a place)", "عنوان الخبر\nأبرز محطات العلاقات بين البلدين\n▪️ 12 مارس 2015 - فاليتا\nالتقى الوزير نظيره وبحثا ملف الهجرة.\n• يونيو 2018 - اتصال هاتفي\nتلقى الوزير اتصالا من نظيره."],
];

test("clean removes each kind of noise and keeps the article", () => {
  for (const [name, raw, want, rules] of NOISE_CASES) {
    const c = clean(raw);
    assert.equal(c.text, want, name);
    assert.deepEqual(c.removed.map((r) => r.rule), rules, `${name}: rules`);
    assertSegmentsExact(raw, c, name);
  }
});

test("clean keeps article lines that only look like noise", () => {
  for (const [name, raw] of KEEP_CASES) {
    const c = clean(raw);
    assert.equal(c.text, raw, name);
    assert.deepEqual(c.removed, [], name);
  }
});

test("removed spans point at the removed raw text", () => {
  const raw = "عنوان الخبر\nنص الخبر.\n- خبر آخر عن الطقس\nbWFyc2FkIHRlc3QgdG9rZW4= شعار الموقع";
  const c = clean(raw);
  assert.deepEqual(
    c.removed.map((r) => [r.rule, raw.slice(r.start, r.end)]),
    [
      ["bullet", "- خبر آخر عن الطقس"],
      ["tracking-token", "bWFyc2FkIHRlc3QgdG9rZW4= شعار الموقع"],
    ],
  );
});

test("toRaw and spanToRaw map cleaned offsets back to raw", () => {
  const raw = "+ A\n\nعنوان   الخبر\n\n- رابط لخبر آخر\nالتقى الوزير نظيره في العاصمة.";
  const c = clean(raw);
  assert.equal(c.text, "عنوان الخبر\nالتقى الوزير نظيره في العاصمة.");
  for (const word of ["عنوان", "الخبر", "التقى", "نظيره", "العاصمة."]) {
    const at = c.text.indexOf(word);
    const span = spanToRaw(c, at, at + word.length);
    assert.equal(raw.slice(span.start, span.end), word, word);
  }
  // a span across the collapsed spaces covers the raw spaces too
  const span = spanToRaw(c, 0, "عنوان الخبر".length);
  assert.equal(raw.slice(span.start, span.end), "عنوان   الخبر");
  // each kept character maps to the same character in raw
  for (let i = 0; i < c.text.length; i++) {
    if (c.text[i] === " " || c.text[i] === "\n") continue;
    assert.equal(raw[toRaw(c, i)], c.text[i], `offset ${i}`);
  }
  assert.equal(toRaw(c, c.text.length), raw.length);
});

test("an empty or all-noise input gives empty text", () => {
  for (const raw of ["", "\n\n", "   ", "1523\n22/03/2021", "+ A\nA -"]) {
    const c = clean(raw);
    assert.equal(c.text, "", JSON.stringify(raw));
    assert.deepEqual(c.segments, []);
  }
});

test("pathological inputs are handled (no runaway regex)", () => {
  const inputs = [
    "A".repeat(200_000),
    "aB3".repeat(70_000) + "é",
    "عنوان\n" + "ب".repeat(200_000),
    "عنوان\n" + " \t".repeat(100_000) + "نص",
    "عنوان\n" + "- خبر\n".repeat(30_000),
    "عنوان\n" + "كلمة ".repeat(40_000),
    "عنوان\n" + "aXA6IDE4Lj ".repeat(20_000),
    ("جملة قصيرة هنا وهناك.\n").repeat(5_000),
    // thousands of distinct short lines (each a near-duplicate candidate)
    Array.from({ length: 5_000 }, (_, i) => `سطر رقم ${i} من أسطر الاختبار الطويلة`).join("\n"),
  ];
  for (const raw of inputs) {
    const c = clean(raw);
    assertSegmentsExact(raw, c, raw.slice(0, 20));
  }
});
