// Topic cues (data/lexicon/topics.yaml) found in a sentence's words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/read/tokens.js";
import { toWords } from "../../src/extract/words.js";
import { topicsIn } from "../../src/extract/topics.js";
import { extractDocument } from "../../src/pipeline.js";
import { loadResources } from "../../src/resolve/resources.js";

const topics = (text: string) => {
  const toks = tokenize(text);
  return [...topicsIn(toWords(toks, 0, toks.length)).keys()].sort();
};

const CASES: [string, string[]][] = [
  ["وبحث الجانبان ملف الهجرة غير الشرعية", ["migration"]],
  // a definite cue also reads indefinite
  ["وجدد رفض بلاده التدخل الأجنبي في ليبيا", ["foreign_interference"]],
  ["وجدد رفض بلاده لأي تدخل أجنبي في ليبيا", ["foreign_interference"]],
  ["وتناول اللقاء دعم خفر السواحل", ["maritime_security"]],
  ["ودعا إلى وقف التصعيد والعودة إلى طاولة الحوار", ["political_process"]],
  ["وأكد رفض بلاده لأي تدخل عسكري أجنبي في ليبيا", ["foreign_interference"]],
  ["وتعهد الطرفان بوقف مشروط لإطلاق النار", ["ceasefire"]],
  ["وناقشا جهود التوصل إلى هدنة إنسانية", ["ceasefire"]],
  ["وطالب بموقف أوضح من الدعم الخارجي للقوات المهاجمة", ["foreign_interference"]],
  ["وهنأه بمناسبة العيد الوطني", []],
  ["وسبل تجاوز الخلاف حول الحكومة الموحدة ومعالجة النقاط الخلافية", ["political_process"]],
  ["واستئناف المحادثات لتعيين حدود المنطقة الاقتصادية الخالصة والجرف القاري", ["maritime_security"]],
  ["واستقبال مرضى من المدينة في مستشفيات صقلية", ["health"]],
  // smuggling of fuel is organized crime (not energy: the longer cue covers المحروقات)
  ["وتناول اللقاء سبل التصدي لتهريب المحروقات عبر الحدود", ["border_security", "organized_crime"]],
  ["واستأنفا المحادثات حول ترسيم الحدود البحرية", ["maritime_security"]],
  ["وتناول الاتصال مذكرة التفاهم النفطية", ["energy"]],
  ["وشددا على احترام حظر توريد الأسلحة", ["sanctions"]],
  ["وبحثا عودة الشركات المالطية للعمل في ليبيا", ["economy"]],
  ["وتناول الاتصال جهود تقريب وجهات النظر بين الأطراف الليبية", ["political_process"]],
  ["وتناول اللقاء إرسال أدوية ومستلزمات لعلاج الجرحى", ["health"]],
  // smuggling migrants is both migration and the networks that move people
  ["وبحثا تفكيك شبكات تهريب المهاجرين عبر الصحراء", ["human_trafficking", "migration"]],
  // (and smuggling fuel stays organized crime after شبكات)
  ["وبحثا تفكيك شبكات تهريب الوقود", ["organized_crime"]],
  // trade in Maghreb wording, budgets and lenders are economy
  ["واستعرض الطرفان حجم المبادلات التجارية بين البلدين", ["economy"]],
  ["وناقشا اعتماد ميزانية موحدة للدولة", ["economy"]],
  ["وتطرق الاتصال إلى المفاوضات مع صندوق النقد الدولي", ["economy"]],
  // a training programme, and the academies that host officers
  ["واتفقا على برنامج تدريبي لعناصر حرس الحدود", ["training"]],
  ["وناقشا إيفاد ضباط إلى الأكاديميات العسكرية", ["defense_cooperation"]],
  // there is no military solution: the political process
  ["وأكد أنه لا حل عسكريا للأزمة", ["political_process"]],
  ["وبحثا التطورات السياسية في البلاد", ["political_process"]],
  // a border with its owner attached, frozen assets, smuggling in general, mercenaries unnamed
  ["وشدد على دعم بلاده لتأمين حدودها الجنوبية", ["border_security"]],
  ["وطالب بالإفراج عن الأرصدة المجمدة في المصارف الأوروبية", ["sanctions"]],
  ["وتناول اللقاء جهود مكافحة التهريب في الجنوب", ["organized_crime"]],
  ["وأبدى قلقه من وجود مرتزقة قرب المنشآت", ["foreign_interference"]],
  // an adjective joined by و to the head's first one is the head's too
  ["واستعرض الجانبان علاقات التعاون العسكري والأمني بين البلدين", ["defense_cooperation", "security_cooperation"]],
  // localizing jobs is no settling of migrants; "untrue" is no health
  ["ودعا الشركة إلى توطين الوظائف الفنية", []],
  ["وبحثا إعادة توطين اللاجئين", ["migration"]],
  ["ونفى المكتب الخبر مؤكدا أنه عار عن الصحة", []],
  ["وبحث الوزيران دعم قطاع الصحة", ["health"]],
];

test("topic cues, definite and indefinite", () => {
  for (const [text, want] of CASES) assert.deepEqual(topics(text).filter((t) => want.includes(t) || want.length === 0), want, text);
});

test("the police as such are no topic: training them is training, cooperating is security cooperation", () => {
  assert.deepEqual(topics("واستعداد مصر لتدريب عناصر الجيش والشرطة الليبية"), ["training"]);
  assert.ok(topics("وبحث الجانبان تعزيز التعاون الشرطي بين البلدين").includes("security_cooperation"));
});

test("a government's name in a title is not what was discussed", () => {
  assert.ok(!topics("التقى وزير الداخلية بحكومة الوفاق الوطني السفير الإيطالي").includes("political_process"));
  assert.ok(topics("وبحث الجانبان جهود تشكيل حكومة موحدة").includes("political_process"));
});

test("a cue listed under two topics gives both", () => {
  assert.deepEqual(topics("وبحث الجانبان التعاون في مجالات الأمن والدفاع"), ["defense_cooperation", "security_cooperation"]);
});

test("a sentence opening 'وتم بحث …' after an encounter tells of that encounter (وتم keeps its و: three letters)", () => {
  const doc = extractDocument({ id: "t", text: "التقى رئيس الحكومة عبد الحميد الدبيبة السفير الإيطالي في طرابلس أمس.\nوتم بحث تنظيم دورات تدريبية لعناصر الشرطة الليبية.", published: "2023-06-14" }, { resources: loadResources() });
  assert.deepEqual(doc.events.find((e) => e.type === "meeting")?.topics, ["training"]);
});

test("'وبحث معه …' after an encounter tells what it discussed; the electoral track is the political process", () => {
  const doc = extractDocument({ id: "t", text: "التقى رئيس الوزراء الإيطالي ماريو دراغي رئيس المجلس الرئاسي محمد المنفي في طرابلس.\nوبحث معه دعم المسار الانتخابي.", published: "2021-04-06" }, { resources: loadResources() });
  assert.deepEqual(doc.events.find((e) => e.type === "meeting")?.topics, ["political_process"]);
});

test("the longest cue covers its words: fuel smuggling is not energy, sea-border talks are not land borders", () => {
  assert.ok(!topics("وتناول اللقاء سبل التصدي لتهريب المحروقات").includes("energy"));
  assert.ok(!topics("واستأنفا المحادثات حول ترسيم الحدود البحرية").includes("border_security"));
});

test("a later trigger that names an earlier encounter again leaves the sentence's topics to the sentence's own encounter", () => {
  const doc = extractDocument({ id: "t", text: "استقبل رئيس الوزراء المالطي روبرت أبيلا وزير الداخلية الليبي عماد الطرابلسي في فاليتا أمس، وبحثا ملف الهجرة.\nوفي وقت لاحق، تلقى أبيلا اتصالا هاتفيا من رئيسة الوزراء الإيطالية جورجيا ميلوني، أطلعها خلاله على نتائج مباحثاته مع الوزير الليبي، وتناول الاتصال التحضير للانتخابات الأوروبية.", published: "2024-03-08" }, { resources: loadResources() });
  const call = doc.events.find((e) => e.type === "call");
  const meeting = doc.events.find((e) => e.type === "meeting");
  assert.deepEqual(call?.topics, ["political_process"]);
  assert.deepEqual(meeting?.topics, ["migration"]);
});

test("a country or office in a participant's title is who they are, not what was discussed", () => {
  const doc = extractDocument({ id: "t", text: "استقبل رئيس المجلس الرئاسي محمد المنفي في طرابلس أمس وزير خارجية النيجر، وبحثا تعزيز المبادلات التجارية بين البلدين.", published: "2024-02-12" }, { resources: loadResources() });
  assert.deepEqual(doc.events.find((e) => e.type === "meeting")?.topics, ["economy"]);
  // the same country said as the subject of the talks still counts
  const talks = extractDocument({ id: "t", text: "استقبل رئيس المجلس الرئاسي محمد المنفي في طرابلس أمس السفير الإيطالي، وبحثا الأوضاع في النيجر.", published: "2024-02-12" }, { resources: loadResources() });
  assert.deepEqual(talks.events.find((e) => e.type === "meeting")?.topics, ["regional_security"]);
});

test("a state on the other side of a border is where the border runs, not a regional crisis", () => {
  assert.deepEqual(topics("وبحثا تأمين الحدود المشتركة مع السودان وتشاد"), ["border_security"]);
  assert.ok(topics("وبحثا تداعيات الحرب في السودان على دول الجوار").includes("regional_security"));
});

test("what the words before a second encounter's trigger discuss stays with the first", () => {
  const doc = extractDocument({ id: "t", text: "التقى وزير الخارجية الإيطالي أنطونيو تاياني نظيرته الليبية نجلاء المنقوش في لقاء ثنائي تناول عودة الشركات الإيطالية، فيما عقد وزير الداخلية الإيطالي ماتيو بيانتيدوزي اجتماعا مع وزير الداخلية الليبي عماد الطرابلسي ركز على مكافحة الهجرة غير الشرعية.", published: "2023-01-28" }, { resources: loadResources() });
  const of = (name: string) => doc.events.find((e) => e.type === "meeting" && e.participants.some((p) => p.name === name))?.topics;
  assert.deepEqual(of("ماتيو بيانتيدوزي"), ["migration"]);
  assert.deepEqual(of("أنطونيو تاياني"), ["economy"]);
});

test("a definite cue of short words reads indefinite too ('الحل السياسي' → 'حل سياسي')", () => {
  assert.deepEqual(topics("ودعم التوصل إلى حل سياسي برعاية الأمم المتحدة"), ["political_process"]);
});

test("'ذكر مكتب X أن الجانبين ناقشا …': the two sides name the whole encounter, so its topics go to every pair", () => {
  const doc = extractDocument({ id: "t", text: "استقبل رئيس الوزراء المالطي روبرت أبيلا ووزير الخارجية إيفاريست بارتولو أمس في فاليتا رئيس المجلس الرئاسي فائز السراج.\nوذكر بيان صادر عن مكتب رئيس الوزراء المالطي أن الجانبين ناقشا ملف الهجرة غير النظامية.", published: "2020-05-29" }, { resources: loadResources() });
  const meetings = doc.events.filter((e) => e.type === "meeting");
  assert.equal(meetings.length, 2);
  for (const m of meetings) assert.deepEqual(m.topics, ["migration"], m.participants.map((p) => p.name).join("+"));
});

test("the ballot, voters and candidacy are the political process ('مراكز الاقتراع'، 'سجل الناخبين'، 'باب الترشح')", () => {
  assert.deepEqual(topics("واطلع على تجهيز نحو 1900 مركز اقتراع في مختلف المدن"), ["political_process"]);
  assert.deepEqual(topics("وبحثا عدد المسجلين في سجل الناخبين وفتح باب الترشح"), ["political_process"]);
});
