// Within-article coreference: which earlier person a later title or surname points back to.
// Articles written for the test; the date is fixed so office-holders are checkable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDocument } from "../../src/pipeline.js";
import { loadResources } from "../../src/resolve/resources.js";

const R = loadResources();
/** the entity name behind each mention of `text` (a title alone shows as its title) */
function mentionsOf(article: string, text: string, published = "2015-07-20"): string[] {
  const doc = extractDocument({ id: "t", text: article, published }, { resources: R });
  const byId = new Map(doc.entities.map((e) => [e.id, e.name || e.titles[0] || "?"]));
  return doc.mentions.filter((m) => m.text === text).map((m) => byId.get(m.entity ?? "") ?? "?");
}

test("an office named with its country joins only someone called by that office alone", () => {
  // the prime minister is not "the president"
  assert.deepEqual(mentionsOf("وأكد رئيس الوزراء المصري إبراهيم محلب أن الحكومة ماضية في خطتها. وقال الرئيس المصري إن بلاده تدعم الحل السياسي.", "الرئيس المصري"), ["عبد الفتاح السيسي"]);
  // the president named earlier is the one meant
  assert.deepEqual(mentionsOf("التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الإيطالي. وأكد الرئيس المصري دعم بلاده.", "الرئيس المصري"), ["عبد الفتاح السيسي"]);
});

test("a head and a country alone join the last person of that office and country", () => {
  assert.deepEqual(mentionsOf("وصل وزير الداخلية الإيطالي ماتيو بيانتيدوزي إلى طرابلس. وقال الوزير الإيطالي إن بلاده ستدعم خفر السواحل.", "الوزير الإيطالي", "2023-05-05"), ["ماتيو بيانتيدوزي"]);
});

test("a surname the base knows does not make another bearer of it the base's person", () => {
  // (Matteo Piantedosi is in the base; a researcher who shares his surname is not him)
  const doc = extractDocument({ id: "t", text: "وقالت المتحدثة باسم المنظمة ماريا بيانتيدوزي إن الأرقام ارتفعت. وأضافت بيانتيدوزي أن الوضع صعب.", published: "2023-05-05" }, { resources: R });
  const named = doc.entities.filter((e) => e.name.includes("بيانتيدوزي"));
  assert.deepEqual(named.map((e) => [e.name, e.kb_id ?? null]), [["ماريا بيانتيدوزي", null]]);
});

test("a surname two people of the base share is the one in office on the article's date", () => {
  // Idriss Déby (president until April 2021) and his son Mahamat (in office after him)
  const text = "وصل ديبي إلى طرابلس أمس في زيارة رسمية.";
  assert.deepEqual(mentionsOf(text, "ديبي", "2022-03-10"), ["محمد إدريس ديبي"]);
  assert.deepEqual(mentionsOf(text, "ديبي", "2019-03-10"), ["إدريس ديبي"]);
});

test("a title of a body above states (المبعوث الأممي) is resolved when the base lists it for one office", () => {
  assert.deepEqual(mentionsOf("التقى رئيس مجلس النواب الليبي عقيلة صالح المبعوث الأممي في القبة.", "المبعوث الأممي", "2018-05-10"), ["غسان سلامة"]);
});

test("a counterpart of a country nobody in the article belongs to is that country's holder of the same office", () => {
  const doc = extractDocument({ id: "t", text: "بحث وزير الداخلية الإيطالي ماتيو بيانتيدوزي مع نظيره الليبي ملف الهجرة.", published: "2025-03-10" }, { resources: R });
  const ev = doc.events.find((e) => e.type === "meeting");
  assert.deepEqual(ev?.participants.map((p) => p.name).sort(), ["عماد الطرابلسي", "ماتيو بيانتيدوزي"]);
});

test("an acting envoy's title keeps بالإنابة and her name; the one she met is the object", () => {
  const doc = extractDocument({ id: "t", text: "التقت المبعوثة الأممية بالإنابة ستيفاني ويليامز رئيس المجلس الأعلى للدولة خالد المشري في طرابلس.", published: "2021-01-10" }, { resources: R });
  const ev = doc.events.find((e) => e.type === "meeting");
  assert.deepEqual(ev?.participants.map((p) => p.title), ["المبعوثة الأممية بالإنابة", "رئيس المجلس الأعلى للدولة"]);
});

test("a name under a counterpart title does not rename the counterpart named before", () => {
  // (the second "نظيره الأميركي" comes with another, unknown name: Kerry stays Kerry, in every event)
  const text = "التقى وزير الخارجية المصري سامح شكري ونظيره الأميركي جون كيري في القاهرة. وبحث شكري مع نظيره الأميركي ريتشارد بانتون ملف المساعدات.";
  const doc = extractDocument({ id: "t", text, published: "2015-07-20" }, { resources: R });
  const kerry = doc.entities.find((e) => e.kb_id === "us-john-kerry");
  assert.equal(kerry?.name, "جون كيري");
  assert.deepEqual(mentionsOf(text, "ونظيره الأميركي جون كيري"), ["جون كيري"]);
});

test("a title said of another time (آنذاك) names nobody the base knows", () => {
  assert.deepEqual(mentionsOf("وجاء ذلك بعد تفاهم الملك مع الرئيس الأميركي آنذاك في جدة.", "الرئيس الأميركي آنذاك"), ["الرئيس الأميركي آنذاك"]);
});

test("a preposition glued to a known given name is not part of the person's name", () => {
  assert.deepEqual(mentionsOf("وكان لتوماس فريدمان لقاء آخر مع الرئيس الأمريكي باراك أوباما في البيت الأبيض.", "لتوماس فريدمان"), ["توماس فريدمان"]);
});

test("a title without a country names the base's office-holder only of a country the article names", () => {
  // (the base knows Italy's minister of justice; an article set in Riyadh means another one)
  assert.deepEqual(mentionsOf("استقبل وزير العدل وزير الإسكان في الرياض أمس.", "وزير العدل", "2023-05-05"), ["وزير العدل"]);
  assert.deepEqual(mentionsOf("وصل وزير العدل إلى روما أمس لبحث إصلاح القضاء.", "وزير العدل", "2023-05-05"), ["كارلو نورديو"]);
});

test("a counterpart holds the office of the one he is the counterpart of: 'the Italian minister' later is him", () => {
  assert.deepEqual(mentionsOf("التقى وزير الخارجية المصري سامح شكري نظيره الإيطالي أنطونيو تاياني في القاهرة. وأطلع شكري الصحفيين على نتائج محادثاته مع الوزير الإيطالي.", "الوزير الإيطالي", "2023-02-08"),
    ["أنطونيو تاياني"]);
});

test("a statement's 'السيد الوزير' is its own official, though a foreign minister was named last", () => {
  const article = "استقبل وزير الداخلية المكلف عماد الطرابلسي بمكتبه في طرابلس وزير الداخلية المالطي بايرون كاميليري. وأكد الوزير المالطي دعم بلاده لخفر السواحل. كما أكد السيد الوزير حرص الوزارة على التعاون.";
  assert.deepEqual(mentionsOf(article, "الوزير", "2024-05-20"), ["عماد الطرابلسي"]);
});

test("an unnamed title of the headline is the official named with it later, not a counterpart of another country", () => {
  const doc = extractDocument({ id: "t", published: "2016-09-26", text: "وزير الداخلية المفوض يبحث مع نظيره الإيطالي ملف الهجرة\n\nعقد وزير الداخلية المفوض بحكومة الوفاق الوطني العارف الخوجة اجتماعا مع وزير الداخلية الإيطالي أنجلينو ألفانو في روما." }, { resources: R });
  const pairs = doc.events.filter((e) => e.type === "meeting").map((e) => e.participants.map((p) => p.name || p.title).sort().join(" – "));
  assert.deepEqual([...new Set(pairs)], ["أنجلينو ألفانو – عارف الخوجة"]);
});

test("a surname alone after the full name is that person, even when it is also a city's name", () => {
  const doc = extractDocument({ id: "t", published: "2015-07-20", text: "التقى رئيس المؤتمر الوطني العام نوري أبو سهمين المبعوث الأممي برناردينو ليون في طرابلس. وفي وقت لاحق استقبل رئيس الحكومة خليفة الغويل ليون في مكتبه. ثم سافر الغويل إلى ليون." }, { resources: R });
  const pairs = doc.events.filter((e) => e.type === "meeting").map((e) => e.participants.map((p) => p.name).sort().join(" – "));
  assert.ok(pairs.includes("برناردينو ليون – خليفة الغويل"), pairs.join("; "));
  // after إلى it is the city
  assert.ok(doc.mentions.some((m) => m.type === "place" && m.text === "ليون"));
  // a name no list holds is found again by its surname
  const other = extractDocument({ id: "t", published: "2023-05-04", text: "التقى الدبيبة القائم بأعمال السفارة الإيطالية ماركو بيرتوتي في طرابلس. وفي وقت لاحق استقبل المنفي بيرتوتي في مكتبه." }, { resources: R });
  assert.ok(other.events.some((e) => e.participants.map((p) => p.name).sort().join(" – ") === "ماركو بيرتوتي – محمد المنفي"));
});

test("'نظيره المالطي' is the Maltese official of the same office as the one whose counterpart he is", () => {
  const doc = extractDocument({ id: "t", published: "2020-05-28", text: "استقبل رئيس المجلس الرئاسي فائز السراج رئيس وزراء مالطا روبرت أبيلا والوفد المرافق له الذي ضم وزير الخارجية إيفاريست بارتولو. وأشار أبيلا إلى أن بلاده استقبلت مهاجرين. وعلى هامش الزيارة، عقد وزير الخارجية محمد الطاهر سيالة جلسة مباحثات مع نظيره المالطي." }, { resources: R });
  const pairs = doc.events.filter((e) => e.type === "meeting").map((e) => e.participants.map((p) => p.name).sort().join(" – "));
  assert.ok(pairs.includes("إيفاريست بارتولو – محمد سيالة"), pairs.join("; "));
  assert.ok(!pairs.includes("روبرت أبيلا – محمد سيالة"), pairs.join("; "));
});

test("a bare title agrees in gender: 'الوزير' is the man of the article's ministers, 'الوزيرة' the woman", () => {
  const met = (text: string) => extractDocument({ id: "t", published: "2021-06-01", text }, { resources: R }).events
    .filter((e) => e.type === "meeting").map((e) => e.participants.map((p) => p.name).sort().join(" – "));
  const first = "روما - التقى وزير الداخلية اللواء خالد مازن، أمس الاثنين، وزيرة الداخلية الإيطالية لوتشانا لامورجيزي بمقر وزارتها.";
  assert.ok(met(`${first} كما التقى الوزير رئيس الشرطة الإيطالية لامبرتو جانيني.`).includes("خالد مازن – لامبرتو جانيني"));
  assert.ok(met(`${first} كما التقت الوزيرة رئيس الشرطة الإيطالية لامبرتو جانيني.`).includes("لامبرتو جانيني – لوتشانا لامورجيزي"));
});

test("a name ends before ب or ل on a building or seat: \"سعيد بقصر قرطاج\"، \"بمقر\"", () => {
  const doc = (text: string) => extractDocument({ id: "t", text, published: "2023-07-17" }, { resources: R });
  const names = (text: string) => doc(text).mentions.filter((m) => m.type === "person").map((m) => m.name);
  assert.deepEqual(names("وكان الوزير قد زار تونس في يونيو الماضي، حيث التقى الرئيس سعيد بقصر قرطاج."), ["سعيد"]);
  assert.deepEqual(names("واستقبل الوزير عمر الفيتوري بمقر الوزارة في طرابلس السفير."), ["عمر الفيتوري"]);
  // (a given name that begins so stays one)
  assert.deepEqual(names("وقال الوزير عمر باسم إن الحكومة ماضية في خطتها."), ["عمر باسم"]);
});

test("KUNA's styles: 'أمير البلاد الشيخ X' is the emir; a fuller name later is the same person", () => {
  assert.deepEqual(mentionsOf("استقبل حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح بقصر بيان اليوم وفدا رسميا.", "أمير البلاد الشيخ مشعل الأحمد الجابر الصباح", "2024-10-20"), ["مشعل الأحمد الجابر الصباح"]);
  const doc = extractDocument({ id: "t", text: "وكان الشيخ سالم ناصر الحمد الصباح قد أكد ضرورة التنسيق. وفي وقت سابق التقى الشيخ سالم ناصر الحمد الصباح رؤساء الوفود.", published: "2015-07-20" }, { resources: R });
  assert.equal(doc.entities.filter((e) => e.name.startsWith("سالم ناصر")).length, 1);
});

test("two bare titles opening a headline before its verb are one official's two posts", () => {
  const doc = extractDocument({ id: "t", text: "رئيس مجلس الوزراء وزير الخارجية يجتمع مع رئيس المجلس الرئاسي الليبي\nاجتمع الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، مع محمد المنفي رئيس المجلس الرئاسي أمس. وفي لقاء منفصل جمع سعادة الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية، اليوم، بسعادة السيد الطاهر الباعور.", published: "2024-12-08" }, { resources: R });
  const pairs = doc.events.filter((e) => e.type === "meeting" && e.status === "happened").map((e) => e.participants.map((p) => p.name).sort().join(" – ")).sort();
  assert.deepEqual(pairs, ["الطاهر الباعور – محمد بن عبد العزيز الخليفي", "محمد المنفي – محمد بن عبدالرحمن بن جاسم آل ثاني"]);
});

test("the last two names of a longer known name, written together, are that person ('غراندي مارلاسكا' is not Filippo Grandi)", () => {
  assert.deepEqual(mentionsOf("وصل وزير الداخلية الإسباني فرناندو غراندي مارلاسكا إلى نيامي. وعقد غراندي مارلاسكا اجتماعا مع وزير الداخلية النيجري.", "غراندي مارلاسكا", "2022-11-19"), ["فرناندو غراندي مارلاسكا"]);
});

test("two bare titles that end a sentence are read without error", () => {
  const doc = extractDocument({ id: "t", text: "رئيس مجلس الوزراء وزير الخارجية", published: "2024-12-08" }, { resources: R });
  assert.ok(Array.isArray(doc.mentions));
});

test("a headline's \"نظيرها القبرصي\" is the counterpart the body names (every form of نظير is one head)", () => {
  const doc = extractDocument({ id: "t", text: "المنقوش تتباحث مع نظيرها القبرصي في روما\nتباحثت وزيرة الخارجية والتعاون الدولي نجلاء المنقوش، أمس الجمعة، مع نظيرها القبرصي نيكوس خريستودوليدس في روما.", published: "2021-12-04" }, { resources: R });
  assert.equal(doc.entities.filter((e) => e.country === "CY").length, 1);
});

test("a headline's 'القائم بالأعمال الأمريكي' is the chargé the body names 'القائم بأعمال السفارة الأمريكية'", () => {
  const doc = extractDocument({ id: "t", text: "القائم بالأعمال الأمريكي يلتقي المنفي\nالتقى رئيس المجلس الرئاسي محمد المنفي، الثلاثاء الماضي، القائم بأعمال السفارة الأمريكية لدى ليبيا جيريمي برنت في طرابلس.", published: "2024-03-07" }, { resources: R });
  assert.equal(doc.entities.filter((e) => e.country === "US").length, 1);
});

test("a headline's bare office of a country is the one person of it the body names holding that office, also as the second of two offices", () => {
  const article = "وزير الخارجية يستقبل المبعوث البرازيلي\n\nاستقبل وزير الخارجية، اليوم الأحد، سفير جمهورية البرازيل والمبعوث الخاص إلى ليبيا، السيد جواو ألميدا، وبحث معه ملف الانتخابات.";
  assert.deepEqual(mentionsOf(article, "المبعوث البرازيلي", "2022-11-20"), ["جواو ألميدا"]);
  // (two people of that country hold offices, only one of them this one)
  const two = "وزير الخارجية يستقبل المبعوث البرازيلي\n\nاستقبل وزير الخارجية سفير البرازيل جواو ألميدا والمبعوث البرازيلي الخاص ماركوس سيلفا.";
  assert.deepEqual(mentionsOf(two, "المبعوث البرازيلي", "2022-11-20"), ["ماركوس سيلفا"]);
});

test("a bare surname is the one person the article names in full with it, not the base's other bearer of it", () => {
  // (عبد الهادي الحويج is in the base; the article's minister is someone else of that surname)
  const article = "الحويج يبحث مع السفير الإيطالي التبادل التجاري\nالتقى وزير الاقتصاد خالد الحويج، أمس، السفير الإيطالي في طرابلس. وأوضح الحويج أن الصادرات ارتفعت.";
  assert.deepEqual(mentionsOf(article, "الحويج", "2023-05-18"), ["خالد الحويج", "خالد الحويج"]);
  // (and the base's bearer when the full name opens with his given name)
  const doc = extractDocument({ id: "t", text: "الجبير يلتقي شكري\nالتقى وزير الخارجية السعودي عادل بن أحمد الجبير، أمس، نظيره المصري سامح شكري.", published: "2015-07-23" }, { resources: R });
  const jubeir = doc.entities.filter((e) => e.name.endsWith("الجبير"));
  assert.equal(jubeir.length, 1, jubeir.map((e) => e.name).join(", "));
  assert.ok(jubeir[0].kb_id);
  // (the full name written again, after the surname linked it to the base, is still him)
  const again = extractDocument({ id: "t", text: "أوضح وزير الخارجية عادل بن أحمد الجبير أن اللقاء كان مثمرا. وأشار الجبير إلى التعاون. وكان وزير الخارجية عادل بن أحمد الجبير قد اجتمع أمس مع نظيره المصري سامح شكري.", published: "2015-07-23" }, { resources: R });
  assert.equal(again.entities.filter((e) => e.name.endsWith("الجبير")).length, 1);
});

test("a headline's title given to the base's holder of the office is the person the body names in that office ('رئيس أركان الجيش الليبي' above 'رئيس أركان القوات المسلحة العربية الليبية X')", () => {
  const R = loadResources({});
  const doc = extractDocument({ id: "t", published: "2023-08-17", text: "الرئيس التشادي يستقبل رئيس أركان الجيش الليبي\nاستقبل الرئيس التشادي محمد إدريس ديبي، أمس في إنجامينا، رئيس أركان القوات المسلحة العربية الليبية الفريق أول عبد الرازق الناظوري." }, { resources: R });
  const met = doc.events.filter((e) => e.type === "meeting" && e.status === "happened").map((e) => e.participants.map((p) => p.name).sort().join(" – "));
  assert.deepEqual(met, ["عبد الرازق الناظوري – محمد إدريس ديبي"]);
});
