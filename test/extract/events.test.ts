// Encounter events from the many ways Arabic news reports them. Every article here is
// written for the test; published dates are fixed so relative dates are checkable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { extractDocument } from "../../src/pipeline.js";
import { tokenize } from "../../src/read/tokens.js";
import { toWords } from "../../src/extract/words.js";
import { findTriggers } from "../../src/extract/triggers.js";
import { loadResources } from "../../src/resolve/resources.js";
import { seatOf } from "../../src/extract/places.js";
import type { ExtractedEvent } from "../../src/types.js";

const R = loadResources();
const extract = (text: string, published: string | null = "2023-05-05") =>
  extractDocument({ id: "t", text, published }, { resources: R });

/** "A – B" per event, sorted, using the name or else the title of each participant */
function dyads(events: ExtractedEvent[], status = "happened"): string[] {
  return events
    .filter((e) => e.status === status && (e.type === "meeting" || e.type === "call"))
    .map((e) => e.participants.map((p) => p.name || p.title || "?").sort().join(" – "))
    .sort();
}

// [article, expected happened dyads]
const DYADS: [string, string[]][] = [
  // verb + مع
  ["بحث وزير الداخلية الإيطالي ماتيو بيانتيدوزي، اليوم الجمعة، مع المشير خليفة حفتر ملف الهجرة.", ["خليفة حفتر – ماتيو بيانتيدوزي"]],
  // التقى with a direct object
  ["التقى رئيس المجلس الرئاسي محمد المنفي أمس وزيرة الداخلية الإيطالية لوتشانا لامورجيزي في طرابلس.", ["لوتشانا لامورجيزي – محمد المنفي"]],
  // استقبل: subject before the verb (SVO)
  ["الدبيبة يستقبل وزير الخارجية الإيطالي أنطونيو تاياني في طرابلس", ["أنطونيو تاياني – عبد الحميد الدبيبة"]],
  // coordinated counterparts are two encounters with the subject, never with each other
  ["بحث المشير خليفة حفتر مع وزير الداخلية الإيطالي ماتيو بيانتيدوزي، ووزير الدفاع الإيطالي غويدو كروسيتو التعاون الأمني.",
    ["خليفة حفتر – غويدو كروسيتو", "خليفة حفتر – ماتيو بيانتيدوزي"]],
  // a phone call received
  ["تلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا من رئيسة الوزراء الإيطالية جورجيا ميلوني.", ["جورجيا ميلوني – قيس سعيد"]],
  // light verb: عقد اجتماعا مع
  ["عقد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة اجتماعا مع رئيس الوزراء المالطي روبرت أبيلا.", ["روبرت أبيلا – عبد الحميد الدبيبة"]],
  // nominal: لقاء X مع Y
  ["وكان لقاء رئيسة الحكومة الإيطالية جورجيا ميلوني مع المشير خليفة حفتر فرصة لتبادل الآراء.", ["جورجيا ميلوني – خليفة حفتر"]],
  // a person behind ب is the verb's object: the subject stands before the verb, and the objects never met each other
  ["وصل وزير الخارجية المالطي إيان بورغ إلى روما أمس والتقى برئيسة الوزراء الإيطالية جورجيا ميلوني ووزير الداخلية ماتيو بيانتيدوزي.",
    ["إيان بورغ – جورجيا ميلوني", "إيان بورغ – ماتيو بيانتيدوزي"]],
  // an unnamed minister before the verb is not the interior minister named after it in the same sentence
  ["وصل الوزير إلى روما أمس والتقى برئيسة الوزراء الإيطالية جورجيا ميلوني ووزير الداخلية ماتيو بيانتيدوزي.",
    ["الوزير – جورجيا ميلوني", "الوزير – ماتيو بيانتيدوزي"]],
  // two people joined by و after a verb of receiving, far from it, are both its objects
  ["وكان المشير خليفة حفتر قد استقبل في مقر القيادة العامة أمس وزير الداخلية الإيطالي ماتيو بيانتيدوزي ووزير الدفاع الإيطالي غويدو كروسيتو.",
    ["خليفة حفتر – غويدو كروسيتو", "خليفة حفتر – ماتيو بيانتيدوزي"]],
  // a known surname under another country's title is someone else who shares it
  ["التقى الرئيس الأمريكي جو بايدن أمس رئيس وزراء إثيوبيا هيلي ماريام في واشنطن.", ["جو بايدن – هيلي ماريام"]],
  // whom a person received is a group with no name: no encounter, and no earlier subject carried in
  ["وصل المشير خليفة حفتر إلى القاهرة. وقد استقبل رئيس الحكومة المصرية اليوم، وفدا من الإعلاميين بمقر المجلس.", []],
  // a long phrase of where between subject and object does not cut the object off
  ["استقبل رئيس المجلس الرئاسي محمد المنفي في مكتبه بمقر المجلس الرئاسي بقصر الرئاسة في العاصمة طرابلس صباح أمس، وزير الداخلية الإيطالي ماتيو بيانتيدوزي.",
    ["ماتيو بيانتيدوزي – محمد المنفي"]],
  // ... but not across the opening of another clause
  ["التقى الرئيس الروسي فلاديمير بوتين أول مرة في التسعينيات، عندما كان يعمل في مكتب رئيس بلدية المدينة.", []],
  // a possessed meeting noun with its counterpart right after it
  ["ناقش رئيس مجلس النواب عقيلة صالح، خلال لقائه سفير إيطاليا لدى ليبيا جيانلوكا ألبيريني، المستجدات السياسية.", ["جانلوكا ألبيريني – عقيلة صالح"]],
  // two people of one dual title between a light verb and its noun met each other
  ["وعقد وزيرا الداخلية الليبي عماد الطرابلسي والإيطالي ماتيو بيانتيدوزي اجتماعا في روما أمس.", ["عماد الطرابلسي – ماتيو بيانتيدوزي"]],
  // on a tour, or "كلا من": as many meetings, not one where the guests met each other
  ["وأجرى رئيس المجلس الرئاسي محمد المنفي جولة أوروبية شملت روما وباريس، التقى خلالها الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء الإيطالي ماريو دراغي.",
    ["إيمانويل ماكرون – محمد المنفي", "ماريو دراغي – محمد المنفي"]],
  ["والتقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة على هامش منتدى الهجرة عبر المتوسط في طرابلس كلا من رئيس الوزراء المالطي روبرت أبيلا ووزير الداخلية الإيطالي ماتيو بيانتيدوزي.",
    ["روبرت أبيلا – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – ماتيو بيانتيدوزي"]],
  // a possessed meeting noun before a counterpart title that is itself a stop word elsewhere (نظيرته)
  ["أكد وزير الخارجية الإيطالي أنطونيو تاياني، عقب لقائه نظيرته الليبية نجلاء المنقوش في روما، أن بلاده تدعم الانتخابات.", ["أنطونيو تاياني – نجلاء المنقوش"]],
  // "اللقاء الذي جمع X بـY"
  ["وجرى خلال اللقاء الذي جمع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة بالسفير الفرنسي مصطفى محراج بحث التعاون الاقتصادي.", ["عبد الحميد الدبيبة – مصطفى محراج"]],
  // a body represented by its head, receiving a delegation headed by someone: those two met
  ["واستقبل المجلس الرئاسي، ممثلا في رئيسه محمد المنفي، وفدا من الاتحاد الأوروبي برئاسة وزير الداخلية الإيطالي ماتيو بيانتيدوزي.", ["ماتيو بيانتيدوزي – محمد المنفي"]],
  // "خلال لقائهما": the two named before it met, the one behind a preposition included
  ["وأكد رئيس المجلس الرئاسي محمد المنفي لرئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس، خلال لقائهما في أثينا، حرص ليبيا على علاقات متوازنة.", ["كيرياكوس ميتسوتاكيس – محمد المنفي"]],
  // "المباحثات التي أجراها مع X": the verb carrying the noun is part of that one report
  ["وشدد رئيس المجلس الرئاسي محمد المنفي على أن المباحثات التي أجراها مع الرئيس المصري عبد الفتاح السيسي، أمس، في القاهرة، تؤكد متانة الروابط.", ["عبد الفتاح السيسي – محمد المنفي"]],
  // kin named alongside the one met ("… ونجله X") is met too
  ["وأجرى وزير الداخلية الإيطالي ماتيو بيانتيدوزي زيارة إلى بنغازي التقى خلالها المشير خليفة حفتر ونجله الفريق صدام حفتر.", ["خليفة حفتر – ماتيو بيانتيدوزي", "صدام حفتر – ماتيو بيانتيدوزي"]],
  // a plural title naming three ministers of three countries: a trilateral meeting, everyone met everyone
  ["وعقد وزراء داخلية ليبيا عماد الطرابلسي وإيطاليا ماتيو بيانتيدوزي ومالطا بايرون كاميليري اجتماعا ثلاثيا في روما.",
    ["بايرون كاميليري – عماد الطرابلسي", "بايرون كاميليري – ماتيو بيانتيدوزي", "عماد الطرابلسي – ماتيو بيانتيدوزي"]],
  // people present are not principals
  ["استقبل المشير خليفة حفتر السفير الإيطالي جيانلوكا ألبيريني بحضور الفريق صدام حفتر.", ["جانلوكا ألبيريني – خليفة حفتر"]],
  // the subject carried into the next sentence
  ["وصل وزير الخارجية الإيطالي أنطونيو تاياني إلى طرابلس. والتقى خلال الزيارة رئيس المجلس الرئاسي محمد المنفي.", ["أنطونيو تاياني – محمد المنفي"]],
  // a bare title right before a titled name is that person's other post when the verb's object
  // is named further on; without a later object, the titled name is the object
  ["استقبل وزير العدل رئيس المجلس الأعلى للقضاء الشيخ الدكتور سالم الورفلي بمكتبه أمس وزير الإسكان خالد العتيبي.", ["خالد العتيبي – سالم الورفلي"]],
  ["استقبل معالي وزير العدل رئيس المجلس الأعلى للقضاء الدكتور سالم الورفلي اليوم معالي وزير الإسكان خالد العتيبي.", ["خالد العتيبي – سالم الورفلي"]],
  ["استقبل وزير الداخلية رئيس المجلس الرئاسي محمد المنفي في طرابلس.", ["محمد المنفي – وزير الداخلية"]],
  // the pronoun right before the verb stands for the speaker of the speech verb that governs it,
  // not for whoever was named last
  ["وقال وزير الخارجية الإيطالي أنطونيو تاياني إن المشير خليفة حفتر يدعم الحوار، مشيرا إلى أنه بحث الوضع مع رئيس المجلس الرئاسي محمد المنفي.", ["أنطونيو تاياني – محمد المنفي"]],
  ["وقال رئيس المجلس الرئاسي محمد المنفي إن وزير الخارجية الإيطالي أنطونيو تاياني أكد أنه التقى المشير خليفة حفتر.", ["أنطونيو تاياني – خليفة حفتر"]],
  // a later verb of the sentence with no subject of its own shares the one the sentence opened
  // with, not one carried from the sentence before
  ["وأكد رئيس المجلس الرئاسي محمد المنفي دعم الحوار. ووصل وزير الخارجية الإيطالي أنطونيو تاياني إلى طرابلس للقاء أعضاء المجلس، وليجتمع مع المشير خليفة حفتر.", ["أنطونيو تاياني – خليفة حفتر"]],
  // the deputy crown prince's title is one title, and a known name goes on with its patronymics
  ["التقى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد في جدة أمس الرئيس التونسي الباجي قائد السبسي.", ["الباجي قائد السبسي – محمد بن سلمان آل سعود"]],
  // a club's officer and whom he met behind ب unnamed: no encounter
  ["وصل وزير الخارجية الإيطالي أنطونيو تاياني إلى طرابلس. والتقى نائب رئيس النادي العميد سالم الورفلي باللاعبين بعد التدريب.", []],
  // ... nor past a name in quotes right after the verb, the verb's own subject
  ["وصل وزير الخارجية الإيطالي أنطونيو تاياني إلى طرابلس. والتقت «الصحيفة» أمام المصرف مع المواطن سالم الورفلي.", []],
  // "مع نظيريه X والليبي Y": و + a nationality adjective joins the next counterpart
  ["اجتمع وزير الداخلية الإيطالي ماتيو بيانتيدوزي أمس مع نظيريه المالطي بايرون كاميليري والليبي عماد الطرابلسي في روما.",
    ["بايرون كاميليري – عماد الطرابلسي", "بايرون كاميليري – ماتيو بيانتيدوزي", "عماد الطرابلسي – ماتيو بيانتيدوزي"]],
  // ... but not past a country that is the verb's own subject
  ["وصل وزير الخارجية الإيطالي أنطونيو تاياني إلى طرابلس. كما تستقبل ليبيا هذا الأسبوع رئيس المجلس الأوروبي شارل ميشيل.", []],
  // a call "with" someone written as ب + title, right after the light noun
  ["أجرى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، مساء الاثنين، اتصالا هاتفيا برئيسة الوزراء الإيطالية جورجيا ميلوني.", ["جورجيا ميلوني – عبد الحميد الدبيبة"]],
  // اجتمع ب + "his counterpart" named by country only
  ["اجتمع وزير الخارجية الإيطالي أنطونيو تاياني بنظيره الليبي في روما أمس.", ["أنطونيو تاياني – نجلاء المنقوش"]],
  // a body meets a delegation headed by someone: the head is the principal
  ["عقد المجلس الرئاسي اجتماعا مع وفد من الاتحاد الأوروبي برئاسة المفوضة إيلفا يوهانسون.", ["المجلس الرئاسي – يلفا يوهانسون"]],
  // a body in a place phrase is not a participant
  ["استقبل المشير خليفة حفتر في مقر القيادة العامة وزير الدفاع الإيطالي غويدو كروسيتو.", ["خليفة حفتر – غويدو كروسيتو"]],
  // agreeing to hold a meeting is not a meeting
  ["واتفق الطرفان على الإسراع بعقد اجتماع اللجنة المشتركة برئاسة وزيري خارجية البلدين.", []],
  // "a meeting that brought together X and Y"; "a meeting that brought him together with Y"
  ["وتناول اللقاء الذي جمع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة ووزير الخارجية الإيطالي أنطونيو تاياني ملف الطاقة.", ["أنطونيو تاياني – عبد الحميد الدبيبة"]],
  ["وكان المشير خليفة حفتر قد أكد خلال لقاء جمعه بالسفير الأمريكي ريتشارد نورلاند أهمية الانتخابات.", ["خليفة حفتر – ريتشارد نورلاند"]],
  // a host brings two others together: everyone met everyone
  ["جمع الرئيس الفرنسي إيمانويل ماكرون أمس في باريس رئيس المجلس الرئاسي محمد المنفي والمشير خليفة حفتر.",
    ["إيمانويل ماكرون – خليفة حفتر", "إيمانويل ماكرون – محمد المنفي", "خليفة حفتر – محمد المنفي"]],
  // a delegation received: its members are the host's counterparts
  ["استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة وفدا أوروبيا ضم وزير الداخلية الإيطالي ماتيو بيانتيدوزي، ووزير الداخلية المالطي بايرون كاميليري.",
    ["بايرون كاميليري – عبد الحميد الدبيبة", "بايرون كاميليري – ماتيو بيانتيدوزي", "عبد الحميد الدبيبة – ماتيو بيانتيدوزي"]],
  // a month name is not a surname ("20 ماي")
  ["التقى وزير الداخلية التونسي خالد النوري، أمس الخميس 4 ماي 2023، وزير الداخلية الإيطالي ماتيو بيانتيدوزي.", ["خالد النوري – ماتيو بيانتيدوزي"]],
  // the companion of a visitor is not the subject
  ["وجاء ذلك خلال زيارة قام بها وزير الخارجية الإيطالي أنطونيو تاياني يرافقه وزير الداخلية ماتيو بيانتيدوزي، عقد خلالها اجتماعا مع رئيس المجلس الرئاسي محمد المنفي.",
    ["أنطونيو تاياني – محمد المنفي"]],
  // a sentence without any encounter
  ["أعلنت المنظمة الدولية للهجرة ارتفاع عدد المهاجرين الواصلين إلى إيطاليا.", []],
  // "ضم" is "to include": a meeting only when the sentence names the meeting
  ["وشارك وزير الخارجية المالطي إيان بورغ في اجتماع تشاوري بمدينة روما، ضم وزير الداخلية الإيطالي ماتيو بيانتيدوزي.", ["إيان بورغ – ماتيو بيانتيدوزي"]],
  ["وضمت القائمة النهائية للمنتخب اللاعبين خالد الورفلي وسالم الزوي ومحمد الترهوني.", []],
  // a person far after a reception verb is not its object (the verb received a thing)
  ["واستقبل رئيس الحكومة أسامة حماد قرار المحكمة العليا بشأن قانون الانتخابات الذي أصدره مجلس النواب الليبي في جلسته برئاسة عقيلة صالح بارتياح.", []],
  // "جمع الكلمة" (unity) is not a gathering of the people named further on
  ["وأكد البيان الحرص على وحدة الصف وجمع الكلمة والدفاع عن قضايا الأمة، وهو ما شدد عليه رئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري.", []],
  // a name ending in ة is not a verb with ه ("جمعة" is not جمع + ه)
  ["استقبل رئيس الوزراء التونسي سالم جمعة، أمس بقصر الحكومة، رئيس الحكومة الليبية عبد الله الثني.", ["سالم جمعة – عبد الله الثني"]],
  // "التقى خلالها A وB": the one who made the tour met each of them, A did not meet B
  ["أجرى وزير الخارجية المالطي إيان بورغ أمس جولة في ليبيا، التقى خلالها رئيس المجلس الرئاسي محمد المنفي والمشير خليفة حفتر في لقاءين منفصلين.", ["إيان بورغ – خليفة حفتر", "إيان بورغ – محمد المنفي"]],
  // a ministry's long name stays in the title ("والجالية الوطنية بالخارج")
  ["استقبل وزير الشؤون الخارجية والجالية الوطنية بالخارج أحمد عطاف، أمس بمقر الوزارة، وزير الخارجية الليبي الطاهر الباعور.", ["أحمد عطاف – الطاهر الباعور"]],
  // "عقده" (held it) reports a meeting only in a clause on a named meeting; else it is "his contract"
  ["وقال وزير الخارجية التونسي نبيل عمار في المؤتمر الصحافي الذي عقده مع نظيره الليبي الطاهر الباعور إن التعاون مستمر.", ["الطاهر الباعور – نبيل عمار"]],
  ["وأعلن المدرب خالد الورفلي أنه لن يجدد عقده مع رئيس النادي سالم الزوي.", []],
  // a meeting noun that names a place or a state: reception centres, "in touch with"
  ["وتفقد وزير الداخلية الإيطالي ماتيو بيانتيدوزي مراكز استقبال المهاجرين رفقة وزير الداخلية الليبي عماد الطرابلسي.", []],
  ["وأكد وزير الداخلية عماد الطرابلسي أنه على اتصال مع وزير الداخلية الإيطالي ماتيو بيانتيدوزي بشأن الهجرة.", []],
  // a light verb whose subjects are three long-titled officials, the noun far after them
  ["عقد وزير الشؤون الخارجية والتعاون الدولي التونسي عثمان الجرندي، ووزير الشؤون الخارجية والجالية الوطنية بالخارج الجزائري رمطان لعمامرة، ووزير الخارجية والهجرة وشؤون المصريين بالخارج المصري سامح شكري، صباح اليوم (الخميس) بالعاصمة الجزائرية، اجتماعا ثلاثيا.",
    ["رمطان لعمامرة – سامح شكري", "رمطان لعمامرة – عثمان الجرندي", "سامح شكري – عثمان الجرندي"]],
  // "وكان A ووزير خارجيتها B قد استقبلا X": a dual verb, and a minister of the one just named
  ["وكانت المستشارة الألمانية أنغيلا ميركل ووزير خارجيتها هايكو ماس قد استقبلا رئيس المجلس الرئاسي فائز السراج في برلين.",
    ["أنغيلا ميركل – فائز السراج", "فائز السراج – هايكو ماس"]],
  // a light verb whose subject is a delegation "that includes" its members
  ["أجرى وفد إيطالي رفيع، يضم وزير الخارجية أنطونيو تاياني، ووزير الدفاع غويدو كروسيتو، الاثنين، مباحثات مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.",
    ["أنطونيو تاياني – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – غويدو كروسيتو"]],
  // "عقد A، وB اجتماعا ثلاثيا مع C": three sides, each met the others
  ["عقد وزير الخارجية التونسي نبيل عمار، ووزير الخارجية الجزائري أحمد عطاف، أمس، اجتماعا ثلاثيا مع وزير الخارجية المصري سامح شكري.",
    ["أحمد عطاف – سامح شكري", "أحمد عطاف – نبيل عمار", "سامح شكري – نبيل عمار"]],
  // "جلستي مباحثات منفصلتين مع A، وB": two sessions, one with each (not A with B)
  ["عقد وزير الخارجية الطاهر الباعور أمس جلستي مباحثات منفصلتين مع السفير الإيطالي جانلوكا ألبيريني، والسفير الفرنسي مصطفى مهراج.",
    ["الطاهر الباعور – جانلوكا ألبيريني", "الطاهر الباعور – مصطفى مهراج"]],
  // a person named as the owner of a thing discussed is not met: "يبحثان مبادرة X"
  ["المنفي والدبيبة يبحثان مبادرة باتيلي", ["عبد الحميد الدبيبة – محمد المنفي"]],
  // nor a body one has disputes with
  ["استقبل رئيس المخابرات المصرية عباس كامل رئيس مجلس النواب عقيلة صالح أمس. وتناول الاجتماع الخلافات العالقة مع المجلس الأعلى للدولة حول شروط الترشح.", ["عباس كامل – عقيلة صالح"]],
  // "وكان A وB قد شاركا مع C في الاجتماع الثلاثي": three sides who met
  ["وكان الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون قد شاركا مع رئيس المجلس الرئاسي الليبي محمد المنفي في الاجتماع التشاوري الثلاثي في تونس.",
    ["عبد المجيد تبون – قيس سعيد", "عبد المجيد تبون – محمد المنفي", "قيس سعيد – محمد المنفي"]],
  // "A وB أجريا اتصالا مشتركا مع C": the dual light verb's subject is the pair before it
  ["وقال البيان إن وزير الداخلية عماد الطرابلسي ونظيره الإيطالي ماتيو بيانتيدوزي أجريا اتصالا هاتفيا مشتركا مع وزير الداخلية المالطي بايرون كاميليري.",
    ["بايرون كاميليري – عماد الطرابلسي", "بايرون كاميليري – ماتيو بيانتيدوزي"]],
  // a town's or tribe's notables are met as one party
  ["التقى رئيس المجلس الرئاسي محمد المنفي في غات أعيان ومشايخ قبائل الطوارق.", ["أعيان ومشايخ قبائل الطوارق – محمد المنفي"]],
  // "وضم الاجتماع A، وB": the meeting gathered them (و + a two-letter verb)
  ["وضم الاجتماع وزير الداخلية الليبي عماد الطرابلسي، ووزير الداخلية الإيطالي ماتيو بيانتيدوزي.", ["عماد الطرابلسي – ماتيو بيانتيدوزي"]],
];

test("encounters: who met whom", () => {
  for (const [text, want] of DYADS) assert.deepEqual(dyads(extract(text).events), want, text);
});

test("announced encounters are planned, not happened", () => {
  const doc = extract("ومن المقرر أن يلتقي وزير الداخلية الإيطالي ماتيو بيانتيدوزي المشير خليفة حفتر الأسبوع المقبل.");
  assert.deepEqual(dyads(doc.events), []);
  assert.deepEqual(dyads(doc.events, "planned"), ["خليفة حفتر – ماتيو بيانتيدوزي"]);
  const future = extract("سيلتقي رئيس المجلس الرئاسي محمد المنفي وزير الخارجية الإيطالي أنطونيو تاياني.");
  assert.deepEqual(dyads(future.events, "planned"), ["أنطونيو تاياني – محمد المنفي"]);
  // a meeting noun described as scheduled
  const scheduled = extract("وأكد المبعوث الأممي عبد الله باتيلي لقاءه المرتقب في تونس مع رئيس مجلس الدولة محمد تكالة.");
  assert.deepEqual(dyads(scheduled.events), []);
  assert.deepEqual(dyads(scheduled.events, "planned"), ["عبد الله باتيلي – محمد تكالة"]);
  // "ومن المنتظر" (و on a three-letter word) and the future prefix on any verb of the lexicon
  const expected = extract("ومن المنتظر أن يلتقي رئيس الحكومة عبد الحميد الدبيبة الأسبوع المقبل رئيسة الوزراء الإيطالية جورجيا ميلوني.");
  assert.deepEqual(dyads(expected.events, "planned"), ["جورجيا ميلوني – عبد الحميد الدبيبة"]);
  const willReceive = extract("وقال المتحدث إن رئيسة الوزراء الإيطالية جورجيا ميلوني ستستقبل رئيس مجلس النواب عقيلة صالح يوم الخميس المقبل.");
  assert.deepEqual(dyads(willReceive.events, "planned"), ["جورجيا ميلوني – عقيلة صالح"]);
  // hope right before the verb; further back it governs something else
  const hoped = extract("وقال رئيس المجلس الرئاسي محمد المنفي إنه يأمل أن يلتقي رئيسة الوزراء الإيطالية جورجيا ميلوني قريبا.");
  assert.deepEqual(dyads(hoped.events, "planned"), ["جورجيا ميلوني – محمد المنفي"]);
  const held = extract("وأعرب المنفي عن أمله في أن يسفر اللقاء الذي عقده أمس مع رئيسة الوزراء الإيطالية جورجيا ميلوني عن نتائج.");
  assert.deepEqual(dyads(held.events, "planned"), []);
  // a present verb in the clause of a future one tells what will happen there
  const there = extract("وسيزور رئيس المجلس الرئاسي محمد المنفي روما يجري خلالها مباحثات مع رئيسة الوزراء الإيطالية جورجيا ميلوني.");
  assert.deepEqual(dyads(there.events, "planned"), ["جورجيا ميلوني – محمد المنفي"]);
  assert.deepEqual(dyads(there.events), []);
  // ... a verb: "سياسة" begins like a future verb and is none
  const policy = extract("وناقش رئيس المجلس الرئاسي محمد المنفي سياسة الهجرة، ويلتقي بعد ذلك رئيسة الوزراء الإيطالية جورجيا ميلوني.");
  assert.deepEqual(dyads(policy.events, "planned"), []);
});

test("date, place and topics of an encounter", () => {
  // published Friday 2023-05-05: "أمس الخميس" is 2023-05-04
  const doc = extract("ناقشت رئيسة الوزراء الإيطالية جورجيا ميلوني أمس الخميس في روما مع المشير خليفة حفتر مكافحة الإرهاب والهجرة غير النظامية.");
  assert.equal(doc.events.length, 1);
  const ev = doc.events[0];
  assert.equal(ev.date?.value, "2023-05-04");
  assert.equal(ev.date?.precision, "day");
  assert.equal(ev.location?.name, "روما");
  assert.deepEqual(ev.topics, ["counter_terrorism", "migration"]);
  assert.ok(ev.rules.length > 0);
  assert.equal(doc.text.slice(ev.evidence[0].start, ev.evidence[0].end), ev.evidence[0].text);
  // a place said right after the trigger is where, country or not; a city further on is another clause's
  const algiers = extract("أكد المبعوث الأممي برناردينو ليون لقاءه المقرر في الجزائر مع نوري أبو سهمين، رئيس المؤتمر الوطني الذي يعقد جلساته في العاصمة طرابلس.");
  assert.equal(algiers.events.find((e) => e.type === "meeting")?.location?.name, "الجزائر");
});

test("calls have no place; topics come from sentences that go on about the encounter", () => {
  const doc = extract(
    "أجرى الرئيس التونسي قيس سعيد اتصالا هاتفيا مع رئيسة الوزراء الإيطالية جورجيا ميلوني من تونس.\n" +
      "وتطرق الجانبان إلى ملف الهجرة غير النظامية وتأمين الحدود.\n" +
      "ويذكر أن أسعار النفط ارتفعت هذا الأسبوع.",
  );
  const call = doc.events.find((e) => e.type === "call");
  assert.ok(call);
  assert.equal(call.location, null);
  assert.deepEqual(call.topics, ["border_security", "migration"]);
});

test("a verb that took a thing or an unnamed group meets nobody named further on", () => {
  // (the object is "المريض"; the president is named in another clause)
  assert.deepEqual(dyads(extract("وقال الطبيب سالم الورفلي إن الطوارئ استقبلت المريض في حالة سيئة، وتبين أنه أصيب في الشريان الرئيس.").events), []);
  // ... while a delegation headed by someone, or an honorific before the guest, still names the guest
  assert.deepEqual(dyads(extract("التقى الدبيبة أمس رئيس الوزراء المالطي. واستقبل اليوم الوفد الإيطالي برئاسة وزير الداخلية ماتيو بيانتيدوزي.").events),
    ["روبرت أبيلا – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – ماتيو بيانتيدوزي"]);
  assert.deepEqual(dyads(extract("استقبل الرئيس عبد الفتاح السيسي اليوم السيد محمد المنفي رئيس المجلس الرئاسي.").events), ["عبد الفتاح السيسي – محمد المنفي"]);
});

test("a possessed meeting noun takes its object past a word of time (خلال لقائه أمس الخميس X)", () => {
  const doc = extract("أكد الدبيبة، خلال لقائه أمس الخميس وزيرة الخارجية الألمانية أنالينا بيربوك، أهمية دعم الانتخابات.", "2023-07-14");
  assert.deepEqual(dyads(doc.events), ["أنالينا بيربوك – عبد الحميد الدبيبة"]);
  assert.equal(doc.events.find((e) => e.type === "meeting")?.date?.value, "2023-07-13");
});

test("اجتمع X بالسفير Y: the counterpart behind ب may carry the article", () => {
  assert.deepEqual(dyads(extract("اجتمع وزير الداخلية المكلف سالم الورفلي بالسفير الفرنسي لدى ليبيا جان دوبون لبحث التعاون الأمني.").events),
    ["جان دوبون – سالم الورفلي"]);
});

test("the person right after the verb, then ب and someone unnamed, is the subject: no encounter with the last subject", () => {
  assert.deepEqual(dyads(extract("وصل رئيس الوزراء المالطي روبرت أبيلا إلى طرابلس أمس. والتقى الوزير سالم الورفلي بعدد من المسؤولين.").events), []);
  // ... while ب before the person marks him as the one met
  assert.deepEqual(dyads(extract("استقبل الدبيبة أمس وزير الخارجية المالطي. والتقى أيضا بوزير الداخلية الإيطالي ماتيو بيانتيدوزي.").events),
    ["إيان بورغ – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – ماتيو بيانتيدوزي"]);
});

test("a title right after the subject's name is the subject's when the verb's object follows it", () => {
  // (the object is a noun of his: no encounter with the title's holder)
  const doc = extract("واستقبل المستشار سالم الورفلي رئيس نادي الاتحاد فريقه في طرابلس.");
  assert.deepEqual(dyads(doc.events), []);
  const salem = doc.entities.find((e) => e.name === "سالم الورفلي");
  assert.ok(salem?.titles.some((t) => t.includes("رئيس نادي الاتحاد")), JSON.stringify(doc.entities));
});

test("a sentence that names the encounter again gives its topics to every pair of it, whoever it names", () => {
  const doc = extract(
    "استقبل رئيس المجلس الرئاسي محمد المنفي في طرابلس وزير الداخلية الإيطالي ماتيو بيانتيدوزي ووزير الداخلية المالطي بايرون كاميليري.\n" +
      "وعقب اللقاء، أعلن بيانتيدوزي عن تمويل جديد لمكافحة الهجرة غير النظامية.\n" +
      "وأضاف بيانتيدوزي أن بلاده ستدعم مشاريع الطاقات المتجددة.",
  );
  const byGuest = (name: string) => doc.events.find((e) => e.type === "meeting" && e.participants.some((p) => p.name === "محمد المنفي") && e.participants.some((p) => p.name === name));
  const malta = byGuest("بايرون كاميليري");
  const italy = byGuest("ماتيو بيانتيدوزي");
  assert.ok(malta && italy, JSON.stringify(doc.events.map((e) => e.participants.map((p) => p.name))));
  // "وعقب اللقاء": the whole reception; a sentence that only names the Italian minister stays his
  assert.deepEqual(malta.topics, ["migration"]);
  assert.ok(italy.topics.includes("migration") && italy.topics.includes("energy"), italy.topics.join());
});

test("the same encounter reported twice in an article is one event", () => {
  const doc = extract(
    "التقى وزير الداخلية الإيطالي ماتيو بيانتيدوزي اليوم المشير خليفة حفتر في بنغازي.\n" +
      "وخلال لقاء بيانتيدوزي مع حفتر، جرى بحث التعاون في مجال خفر السواحل.",
  );
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – ماتيو بيانتيدوزي"]);
  assert.equal(doc.events[0].evidence.length, 2);
  assert.ok(doc.events[0].topics.includes("maritime_security"));
});

test("a title alone is resolved to the office-holder on the article's date", () => {
  const doc = extract("استقبل المشير خليفة حفتر وزير الداخلية الإيطالي في بنغازي.", "2019-06-10");
  const ev = doc.events[0];
  assert.ok(ev);
  const italian = ev.participants.find((p) => p.title?.includes("وزير الداخلية"));
  assert.equal(italian?.name_en, "Matteo Salvini");
});

test("a head that governs another body is not the office of that name", () => {
  // the base knows "الأمير" / "أمير قطر" as Qatar's emir; a group's emir is someone else
  // nor is a bare title every body has ("الأمين العام", "الأمير") the one the base knows best
  for (const text of ["وقال أمير الجماعة إن التنظيم باق.", "والتقى السجين أمير حزب التحرير في مصر.", "وقال الأمين العام إن المنظمة لا تتوقع هبوط الأسعار.", "واستقبل الأمير الوزير في مكتبه."]) {
    const doc = extract(text, "2019-06-10");
    assert.deepEqual(doc.entities.filter((e) => e.kb_id).map((e) => e.name), [], text);
  }
  assert.equal(extract("وقال الأمين العام للأمم المتحدة إن الحل سياسي.", "2019-06-10").entities.find((e) => e.kb_id)?.name_en, "António Guterres");
});

test("the Italian ambassador to Libya is whoever held the post on the article's date", () => {
  const who = (date: string) => extract("استقبل وزير الداخلية الليبي السفير الإيطالي لدى ليبيا في طرابلس.", date).entities.find((e) => e.titles.some((t) => t.includes("السفير")))?.name_en;
  assert.equal(who("2017-06-01"), "Giuseppe Perrone");
  assert.equal(who("2020-05-10"), "Giuseppe Buccino Grimaldi");
  assert.equal(who("2024-03-14"), "Gianluca Alberini");
});

test("a surname the base links alone does not relabel someone else named in full", () => {
  const doc = extract("وقال الرئيس الأمريكي عقب لقائه برئيس وزراء إثيوبيا هايلي ماريام ديسالين في أديس أبابا. وأضاف هايلي أن الوضع الإنساني صعب.", "2015-07-20");
  const pm = doc.entities.find((e) => e.titles.includes("رئيس وزراء إثيوبيا"));
  assert.equal(pm?.name, "هايلي ماريام ديسالين");
  assert.equal(pm?.kb_id, undefined);
  // while a fuller form of a known name keeps its link ("عادل بن أحمد الجبير" is the base's عادل الجبير)
  const full = extract("التقى وزير الخارجية السعودي عادل بن أحمد الجبير نظيره المصري. وقال الجبير إن التعاون مستمر.", "2015-07-20");
  assert.equal(full.entities.find((e) => e.name.includes("الجبير"))?.name_en, "Adel al-Jubeir");
});

test("a feminine title is not resolved to a man holding the office", () => {
  const doc = extract("بحثت وزيرة الداخلية الإيطالية مع المشير خليفة حفتر ملف الهجرة.", "2023-06-08");
  const p = doc.events[0]?.participants.find((x) => x.title?.includes("وزيرة"));
  assert.ok(p);
  assert.equal(p.name_en, undefined);
  const then = extract("بحثت وزيرة الداخلية الإيطالية مع المشير خليفة حفتر ملف الهجرة.", "2021-05-20");
  assert.equal(then.events[0]?.participants.find((x) => x.title?.includes("وزيرة"))?.name_en, "Luciana Lamorgese");
});

test("\"وكان الطرفان قد التقيا في يناير\": the same two sides in a background meeting of its own date", () => {
  const dated = (text: string) => extract(text, "2024-03-14").events.filter((e) => e.type === "meeting").map((e) => `${e.participants.map((p) => p.name).sort().join(" – ")} ${e.date?.value}`);
  assert.deepEqual(dated("التقى رئيس المجلس الرئاسي محمد المنفي اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني في روما. وكان الطرفان قد التقيا في يناير الماضي على هامش مؤتمر الهجرة."),
    ["جورجيا ميلوني – محمد المنفي 2024-03-14", "جورجيا ميلوني – محمد المنفي 2024-01"]);
  // what the two sides discussed, with a date of its own in it, is not another meeting
  assert.deepEqual(dated("التقى رئيس المجلس الرئاسي محمد المنفي اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني في روما. وتناول الطرفان الانتخابات المقررة في 24 ديسمبر المقبل."),
    ["جورجيا ميلوني – محمد المنفي 2024-03-14"]);
});

test("\"لاحقا\" is later to come with a present verb, and what came after with a past one", () => {
  const later = extract("ويلتقي وزير الخارجية الإيطالي أنطونيو تاياني لاحقا رئيس المجلس الرئاسي محمد المنفي.");
  assert.deepEqual(dyads(later.events), []);
  assert.deepEqual(dyads(later.events, "planned"), ["أنطونيو تاياني – محمد المنفي"]);
  const after = extract("ولاحقا التقى وزير الخارجية الإيطالي أنطونيو تاياني رئيس المجلس الرئاسي محمد المنفي.");
  assert.deepEqual(dyads(after.events), ["أنطونيو تاياني – محمد المنفي"]);
  // (a ت that is not the present's: تباحث)
  const discussed = extract("ولاحقا تباحث وزير الخارجية الإيطالي أنطونيو تاياني مع رئيس المجلس الرئاسي محمد المنفي.");
  assert.deepEqual(dyads(discussed.events), ["أنطونيو تاياني – محمد المنفي"]);
});

test("a visit dated after publication is planned, as an encounter is", () => {
  const statuses = (text: string) => extract(text, "2024-03-14").events.filter((e) => e.type === "visit").map((e) => e.status);
  assert.deepEqual(statuses("ويزور رئيس الوزراء المالطي روبرت أبيلا طرابلس غدا."), ["planned"]);
  assert.deepEqual(statuses("وزار رئيس الوزراء المالطي روبرت أبيلا طرابلس أمس."), ["happened"]);
});

test("the visitor is not the person met after the destination", () => {
  const visitors = (text: string) => extract(text).events.filter((e) => e.type === "visit").map((e) => e.participants.map((p) => p.name ?? p.title).join());
  assert.deepEqual(visitors("وقال المصدر إن المبعوث وصل إلى روما والتقى بوزير الداخلية الإيطالي ماتيو بيانتيدوزي."), ["المبعوث"]);
  assert.deepEqual(visitors("زار روما أمس رئيس المجلس الرئاسي محمد المنفي."), ["محمد المنفي"]);
  // (the one who arrived is not named here: no visit rather than the wrong visitor)
  assert.deepEqual(visitors("ووصل إلى روما أمس والتقى بوزير الداخلية الإيطالي ماتيو بيانتيدوزي."), []);
});

test("a known given name is no conjunction plus a verb or word", () => {
  // without the tagger, only the rules read the name: "فيصل" is not ف + يصل
  const plain = extractDocument({ id: "t", text: "وقال الشيخ فيصل المصراتي إن الوفد وصل.", published: "2023-05-05" }, { resources: loadResources({ ner: false }) });
  assert.deepEqual(plain.mentions.filter((m) => m.type === "person").map((m) => m.text), ["الشيخ فيصل المصراتي"]);
});

test("the dual or plural of an ordinary word is no name, even where the tagger reads one", () => {
  const doc = extract("وقال مصدران أمنيان إن الوزير التقى أمس بوزير الداخلية الإيطالي ماتيو بيانتيدوزي.");
  assert.ok(!doc.mentions.some((m) => m.text.includes("مصدران")), JSON.stringify(doc.mentions.map((m) => m.text)));
  // nor is a verb with the future prefix
  const future = extract("وأوضحت المصادر أن الوزير الإيطالي سيزور طرابلس الأسبوع المقبل.");
  assert.ok(!future.mentions.some((m) => m.text.includes("سيزور")), JSON.stringify(future.mentions.map((m) => m.text)));
});

test("an encounter at a building in a city is reported at the city; a site outside one keeps its name", () => {
  const at = (text: string) => extract(text).events.find((e) => e.type === "meeting")?.location?.name;
  assert.equal(at("استقبل الرئيس المصري عبد الفتاح السيسي في قصر الاتحادية أمس رئيس المجلس الرئاسي الليبي محمد المنفي."), "القاهرة");
  assert.equal(at("التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في قصر كيجي أمس رئيسة الوزراء الإيطالية جورجيا ميلوني."), "روما");
  assert.equal(at("استقبل المشير خليفة حفتر في الرجمة أمس وزير الداخلية الإيطالي ماتيو بيانتيدوزي."), "الرجمة");
  // where the encounter was follows its report; a place before it may be another clause's
  assert.equal(at("وتأتي زيارة بيانتيدوزي إلى طرابلس بعد أسبوعين من لقائه بوزير الداخلية الليبي عماد الطرابلسي في روما."), "روما");
  // a name two places share: the one that needs no context (the country), or the full name of the city
  assert.equal(at("التقى المبعوث الأممي إلى ليبيا عبد الله باتيلي أمس بتونس العاصمة رئيس المجلس الرئاسي محمد المنفي."), "تونس العاصمة");
  const places = (text: string) => extract(text).mentions.filter((m) => m.type === "place").map((m) => m.entity);
  assert.deepEqual(places("وصل الوفد أمس إلى تونس لبحث الملف."), ["tn-tunisia"]);
  // and a name that is an ordinary word still needs a city word before it
  assert.deepEqual(places("وزع الوفد الخمس حقائب على المشاركين."), []);
});

test("after a verb an unpunctuated title is the object, even when someone present is named later", () => {
  const doc = extract("واستقبل الرئيس عبد ربه منصور هادي مبعوث الأمين العام للأمم المتحدة، بحضور نائب الرئيس خالد بحاح.");
  assert.ok(doc.mentions.some((m) => m.type === "title" && m.text === "مبعوث الأمين العام للأمم المتحدة"), JSON.stringify(doc.mentions.map((m) => m.text)));
});

test("a fronted encounter of the main clause's subject: \"خلال لقائه مع X، أكد Y\"", () => {
  const kinds = (text: string) => extract(text).events.filter((e) => e.type === "meeting" || e.type === "call").map((e) => `${e.type}: ${e.participants.map((p) => p.name).sort().join(" – ")}`);
  assert.deepEqual(kinds("وخلال لقائه مع المشير خليفة حفتر، أكد وزير الدفاع الإيطالي غويدو كروسيتو دعم بلاده للاستقرار."), ["meeting: خليفة حفتر – غويدو كروسيتو"]);
  assert.deepEqual(kinds("وخلال اتصال هاتفي أجراه مع المشير خليفة حفتر، أكد وزير الدفاع الإيطالي غويدو كروسيتو دعم بلاده."), ["call: خليفة حفتر – غويدو كروسيتو"]);
  // a call received, told in front of the receiver's clause
  assert.deepEqual(kinds("وفي اتصال هاتفي تلقاه من رئيسة الوزراء الإيطالية جورجيا ميلوني، بحث رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة ملف الهجرة."), ["call: جورجيا ميلوني – عبد الحميد الدبيبة"]);
  // a phrase in front says the encounter was a call
  assert.deepEqual(kinds("وفي اتصال هاتفي جمعهما اليوم، ناقش رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة والرئيس الفرنسي إيمانويل ماكرون ملف الانتخابات."), ["call: إيمانويل ماكرون – عبد الحميد الدبيبة"]);
});

test("\"لقائه بها\" is no second encounter: the date after it stays with the one reported", () => {
  const doc = extract("وكان الفريق صدام حفتر قد ناقش ملف الهجرة مع رئيسة الوزراء الإيطالية جورجيا ميلوني خلال لقائه بها في روما الشهر الماضي.", "2025-10-15");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2025-09"]);
});

test("a meeting verb with هاتفيا is a call", () => {
  const doc = extract("بحث رئيس المجلس الرئاسي محمد المنفي هاتفيا مع الرئيس التونسي قيس سعيد العلاقات الثنائية.");
  assert.deepEqual(doc.events.map((e) => e.type), ["call"]);
  assert.equal(doc.events[0].location, null);
});

const MODEL = new URL("../../data/ner/model.json.gz", import.meta.url).pathname;
test("a name no list holds is found by the tagger in an encounter", { skip: existsSync(MODEL) ? false : "no NER model shipped" }, () => {
  const doc = extract("التقى الدبيبة أمس سالم بوشناف في طرابلس.");
  assert.deepEqual(dyads(doc.events), ["سالم بوشناف – عبد الحميد الدبيبة"]);
  assert.ok(doc.mentions.some((m) => m.source === "ner" && m.text === "سالم بوشناف"));
  // and without the tagger it is not
  const plain = extractDocument({ id: "t", text: "التقى الدبيبة أمس سالم بوشناف في طرابلس.", published: "2023-05-05" }, { resources: loadResources({ ner: false }) });
  assert.deepEqual(dyads(plain.events), []);
});

test("visits, agreements, funding and statements are events of their own types", () => {
  const doc = extract(
    "وقع رئيس المجلس الرئاسي فائز السراج ورئيس الوزراء الإيطالي باولو جنتيلوني مذكرة تفاهم في روما. " +
      "وخصصت إيطاليا 20 مليون يورو للبرنامج. وقال السراج إن الاتفاق مهم. وزار جنتيلوني طرابلس.",
    "2017-02-03",
  );
  const byType = (t: string) => doc.events.filter((e) => e.type === t);
  assert.deepEqual(byType("agreement").map((e) => e.participants.map((p) => p.name).sort()), [["باولو جنتيلوني", "فائز السراج"]]);
  assert.equal(byType("funding")[0]?.participants[0].name, "إيطاليا");
  assert.equal(byType("statement")[0]?.participants[0].name, "فائز السراج");
  assert.equal(byType("visit")[0]?.location?.name, "طرابلس");
  // none of them is an encounter
  assert.deepEqual(dyads(doc.events), []);
});

test("a denied encounter and one dated after publication are not reported as happened", () => {
  const denied = extract("نفى المكتب الإعلامي لرئيس الحكومة أن يكون الدبيبة قد التقى رئيس المخابرات الإيطالية.");
  assert.deepEqual(denied.events.filter((e) => e.type === "meeting").map((e) => e.status), ["denied"]);
  const tomorrow = extract("يلتقي رئيس المجلس الرئاسي محمد المنفي غدا الرئيس التونسي قيس سعيد في تونس.");
  assert.deepEqual(tomorrow.events.filter((e) => e.type === "meeting").map((e) => e.status), ["planned"]);
});

test("the object of an earlier verb is not the next verb's subject, nor a title of the other gender an apposition", () => {
  const doc = extract("وهنأ رئيس المجلس الرئاسي محمد المنفي رئيسة سلوفينيا بالعيد الوطني، وعقد اجتماعا مع وزير الخارجية الإيطالي أنطونيو تاياني.");
  const meetings = doc.events.filter((e) => e.type === "meeting");
  assert.equal(meetings.length, 1);
  assert.deepEqual(meetings[0].participants.map((p) => `${p.name}|${p.title}`).sort(), ["أنطونيو تاياني|وزير الخارجية الإيطالي", "محمد المنفي|رئيس المجلس الرئاسي"]);
});

test("a compound title holds each office: the minister of a deputy prime minister is found again by 'الوزير'", () => {
  const doc = extract("وصل نائب رئيس الوزراء وزير الخارجية الإيطالي أنطونيو تاياني أمس الخميس إلى بنغازي.\nوعقد الوزير الإيطالي اجتماعا مع رئيس أركان القوات البرية صدام حفتر في الرجمة.");
  assert.deepEqual(dyads(doc.events), ["أنطونيو تاياني – صدام حفتر"]);
});

test("a relative day inside a quotation does not date the encounter", () => {
  const doc = extract("التقى وزير الداخلية الإيطالي ماتيو بيانتيدوزي رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في طرابلس.\nوكتب بيانتيدوزي على حسابه: «اليوم في طرابلس لبحث ملف الهجرة».", "2023-05-05");
  const meeting = doc.events.find((e) => e.type === "meeting");
  assert.ok(meeting);
  assert.notEqual(meeting.date?.value, "2023-05-05");
});

test("an encounter with no place of its own takes the city of the story's last one, or the city being left", () => {
  const doc = extract("التقت رئيسة الوزراء الإيطالية جورجيا ميلوني رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في طرابلس.\nوكان برفقتها وزيرا الخارجية والداخلية.\nوعقد وزير الخارجية أنطونيو تاياني اجتماعا منفصلا مع وزير الخارجية الليبي الطاهر الباعور.\nكما التقت ميلوني رئيس المجلس الرئاسي محمد المنفي قبل مغادرتها بنغازي.");
  const where = Object.fromEntries(doc.events.filter((e) => e.type === "meeting").map((e) => [e.participants.map((p) => p.name).sort().join(" – "), e.location?.name ?? null]));
  assert.equal(where["أنطونيو تاياني – الطاهر الباعور"], "طرابلس");
  assert.equal(where["جورجيا ميلوني – محمد المنفي"], "بنغازي");
});

test("a dateline is the line's first word, not a place inside an outlet's name", () => {
  const doc = extract("صدى برقة - التقى وزير الداخلية الإيطالي ماتيو بيانتيدوزي وزير الداخلية الليبي عماد الطرابلسي.");
  const m = doc.events.find((e) => e.type === "meeting");
  assert.ok(m);
  assert.equal(m.location, null);
});

test("'the two sides' before any encounter are the two people just named", () => {
  const doc = extract("وقع وزير الداخلية الليبي عماد الطرابلسي ووزير الداخلية المالطي بايرون كاميليري مذكرة تفاهم في فاليتا.\nوجاء التوقيع في ختام اجتماع عقده الجانبان بمقر الوزارة.");
  assert.deepEqual(dyads(doc.events), ["بايرون كاميليري – عماد الطرابلسي"]);
  // after an encounter, "the two sides" go back to it: no second event
  const again = extract("التقى وزير الداخلية الليبي عماد الطرابلسي وزير الداخلية المالطي بايرون كاميليري في فاليتا.\nوبحث الجانبان ملف الهجرة.");
  assert.deepEqual(dyads(again.events), ["بايرون كاميليري – عماد الطرابلسي"]);
});

test("a person behind ل (للسراج) is not the subject of the next encounter", () => {
  const doc = extract("أجرى رئيس الوزراء الإيطالي جوزيبي كونتي أمس اتصالا هاتفيا برئيس المجلس الرئاسي الليبي فائز السراج، وآخر بقائد الجيش خليفة حفتر.\nوقال بيان إن كونتي عبّر للسراج عن قلق بالغ، بينما شدد في اتصاله مع حفتر على أن لا حل عسكريا.");
  assert.deepEqual(dyads(doc.events), ["جوزيبي كونتي – خليفة حفتر", "جوزيبي كونتي – فائز السراج"]);
});

test("a closing statement of 'the three leaders' gives the meeting its topics", () => {
  const doc = extract("احتضنت الجزائر أمس اجتماعا تشاوريا بين الرئيس التونسي قيس سعيد ورئيس المجلس الرئاسي الليبي محمد المنفي.\nوأفاد البيان الختامي بأن الطرفين الاثنين اتفقوا على مكافحة الهجرة غير النظامية.");
  const doc3 = extract("احتضنت الجزائر أمس اجتماعا تشاوريا بين الرئيس التونسي قيس سعيد ورئيس المجلس الرئاسي الليبي محمد المنفي والرئيس الجزائري عبد المجيد تبون.\nوأفاد البيان الختامي بأن القادة الثلاثة اتفقوا على مكافحة الهجرة غير النظامية.");
  for (const d of [doc, doc3]) {
    const meetings = d.events.filter((e) => e.type === "meeting");
    assert.ok(meetings.length >= 1);
    for (const m of meetings) assert.ok(m.topics.includes("migration"), JSON.stringify(m.topics));
  }
});

test("a meeting noun that is a sports match triggers no encounter", () => {
  const triggersOf = (text: string) => { const toks = tokenize(text); return findTriggers(toWords(toks, 0, toks.length)).map((t) => t.rule); };
  assert.deepEqual(triggersOf("وفي لقاء السوبر أمام النصر سجل المهاجم هدفين"), []);
  assert.deepEqual(triggersOf("وتلقى النادي أنباء سارة بمشاركة مهاجمه في لقاء السوبر أمام الاتحاد"), []);
  assert.deepEqual(triggersOf("وعقد الفريق لقاء وديا أمام الاتحاد"), []);
  assert.deepEqual(triggersOf("وأكد خلال لقاء مع الوزير أهمية التعاون"), ["noun:meeting:with"]);
});

test("a name ends before a future verb of everyday prose, and a bare title word before عبد stays in the name", () => {
  const planned = extract("وقال وزير الخارجية الإيراني كاظم رضائي سيقوم بزيارة إلى روما الأسبوع المقبل يلتقي خلالها نظيره الإيطالي.");
  const names = planned.entities.map((e) => e.name);
  assert.ok(names.includes("كاظم رضائي"), JSON.stringify(names));
  const met = extract("التقى وزير الخارجية الإيراني حسن أمير عبد الرحيمي نظيره الليبي في طرابلس أمس.");
  assert.ok(met.entities.some((e) => e.name === "حسن أمير عبد الرحيمي"), JSON.stringify(met.entities.map((e) => e.name)));
  assert.ok(dyads(met.events).some((d) => d.includes("حسن أمير عبد الرحيمي")), JSON.stringify(dyads(met.events)));
});

test("a meeting noun before two names joined by و is their meeting; before anything else it is none", () => {
  assert.deepEqual(dyads(extract("وجاء لقاء الرئيس الروسي فلاديمير بوتين ووزير الخارجية الأمريكي جون كيري بعد أسابيع من التوتر.").events), ["جون كيري – فلاديمير بوتين"]);
  assert.deepEqual(dyads(extract("ورحب الوزير بمحادثات السلام التي تستضيفها جنيف بين الأطراف.").events), []);
  assert.deepEqual(dyads(extract("وقال الوزير إن لقاء وزراء الخارجية العرب والأمين العام عقد أمس.").events), []);
});

test("a fronted frame ('خلال لقائه بـ X، أكد Y'، 'وفي اتصال مع X، بحث Y') has the main clause's subject as its own", () => {
  assert.deepEqual(dyads(extract("وخلال لقائه بالسفير الإيطالي جوزيبي بوتشينو، أكد رئيس المجلس الرئاسي محمد المنفي أهمية الانتخابات.").events), ["جوزيبي بوتشينو غريمالدي – محمد المنفي"]);
  assert.deepEqual(dyads(extract("وفي اللقاء الذي جمعه بوزير الداخلية الإيطالي ماتيو بيانتيدوزي، شدد الدبيبة على مكافحة الهجرة.").events), ["عبد الحميد الدبيبة – ماتيو بيانتيدوزي"]);
  const call = extract("وفي اتصال هاتفي مع رئيسة الوزراء الإيطالية جورجيا ميلوني، بحث رئيس الحكومة عبد الحميد الدبيبة ملف الهجرة.").events.filter((e) => e.type === "call");
  assert.deepEqual(call.map((e) => e.participants.map((p) => p.name).sort().join(" – ")), ["جورجيا ميلوني – عبد الحميد الدبيبة"]);
});

test("subjects joined by و before مع all had the meeting", () => {
  assert.deepEqual(dyads(extract("عقد رئيس المجلس الرئاسي محمد المنفي ونائبه موسى الكوني اجتماعا مع المبعوث الأممي عبد الله باتيلي.", "2023-09-10").events),
    ["عبد الله باتيلي – محمد المنفي", "عبد الله باتيلي – موسى الكوني"]);
  // one present (بحضور) is not a principal
  assert.deepEqual(dyads(extract("بحث رئيس المجلس الرئاسي محمد المنفي، بحضور نائبه موسى الكوني، مع المبعوث الأممي عبد الله باتيلي مستجدات العملية السياسية.", "2023-09-10").events),
    ["عبد الله باتيلي – محمد المنفي"]);
});

test("a call noun after 'technology' (عبر تقنية الاتصال المرئي) is the means of the meeting another word reports", () => {
  const doc = extract("وعقد وزير الداخلية عماد الطرابلسي اجتماعا عبر تقنية الاتصال المرئي مع نظيره الإيطالي ماتيو بيانتيدوزي.", "2023-07-24");
  assert.deepEqual(doc.events.filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join(" – ")), ["عماد الطرابلسي – ماتيو بيانتيدوزي"]);
});

test("an encounter the article sets apart in time ('بعد أسبوعين من زيارة …') takes no date from the story", () => {
  const doc = extract([
    "بحث رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، أمس الثلاثاء، في طرابلس مع وزير الداخلية الإيطالي ماتيو بيانتيدوزي ملف الهجرة.",
    "ويأتي اللقاء بعد أسبوعين من زيارة أجرتها رئيسة الوزراء الإيطالية جورجيا ميلوني إلى طرابلس، التقت خلالها رئيس المجلس الرئاسي محمد المنفي.",
    "كما التقى بيانتيدوزي وزير الداخلية المكلف عماد الطرابلسي.",
  ].join("\n"), "2023-06-14");
  const dateOf = (name: string) => doc.events.find((e) => e.type === "meeting" && e.participants.some((p) => p.name === name))?.date?.value ?? null;
  assert.equal(dateOf("عبد الحميد الدبيبة"), "2023-06-13");
  assert.equal(dateOf("محمد المنفي"), null);
  assert.equal(dateOf("عماد الطرابلسي"), "2023-06-13"); // the story's day still reaches the next encounter
});

test("more encounter verbs and frames: تشاور, a gathering past a place and 'كلا من', the chair of a meeting", () => {
  const calls = extract("تشاور رئيس المجلس الرئاسي محمد المنفي هاتفيا مع الرئيس التونسي قيس سعيد حول الأوضاع على الحدود.", "2023-03-14").events.filter((e) => e.type === "call");
  assert.equal(calls.length, 1);
  assert.deepEqual(dyads(extract("جمع لقاء في بنغازي كلا من المشير خليفة حفتر ووزير الداخلية الإيطالي ماتيو بيانتيدوزي.", "2023-03-14").events), ["خليفة حفتر – ماتيو بيانتيدوزي"]);
  assert.deepEqual(dyads(extract("ترأس رئيس الحكومة عبد الحميد الدبيبة اجتماعا ضم وزير الداخلية عماد الطرابلسي والسفير الإيطالي جوزيبي بوتشينو.", "2023-03-14").events),
    ["جوزيبي بوتشينو غريمالدي – عبد الحميد الدبيبة", "جوزيبي بوتشينو غريمالدي – عماد الطرابلسي", "عبد الحميد الدبيبة – عماد الطرابلسي"]);
});

test("a town whose name is also a word is the place after في at the end of a clause", () => {
  const ev = extract("تباحث وزير الخارجية الإيطالي أنطونيو تاياني مع رئيس مجلس النواب عقيلة صالح في القبة.", "2023-03-14").events.find((e) => e.type === "meeting");
  assert.equal(ev?.location?.name, "القبة");
  const dome = extract("واجتمع الوزير بالسفير الإيطالي تحت القبة في البرلمان.", "2023-03-14").events.find((e) => e.type === "meeting");
  assert.notEqual(dome?.location?.name, "القبة");
});

test("a delegation's head: with an unnamed delegation 'برئاسة X', and 'the delegation' told of before", () => {
  const doc = extract([
    "بحث رئيس أركان القوات البرية الفريق أول صدام حفتر، اليوم الخميس، مع وفد عسكري إيطالي برئاسة رئيس أركان الدفاع الإيطالي الأدميرال جوزيبي كافو دراغوني، آفاق التعاون العسكري.",
    "وفي وقت لاحق، استقبل القائد العام المشير خليفة حفتر الوفد الإيطالي، بحضور رئيس الأركان العامة الفريق أول عبد الرازق الناظوري.",
  ].join("\n"), "2024-02-08");
  assert.deepEqual(dyads(doc.events), ["جوزيبي كافو دراغوني – خليفة حفتر", "جوزيبي كافو دراغوني – صدام حفتر"]);
  // one merely present is nobody's counterpart; with no delegation told of, "the delegation" is no one
  const alone = extract("استقبل القائد العام المشير خليفة حفتر الوفد الإيطالي، بحضور رئيس الأركان العامة الفريق أول عبد الرازق الناظوري.", "2024-02-08");
  assert.deepEqual(dyads(alone.events), []);
});

test("a verb after كما goes on with the subject of the encounter before it, not with its counterpart", () => {
  const doc = extract("وكان المشير خليفة حفتر قد التقى الإثنين وزير الدفاع الإيطالي غويدو كروسيتو، كما أجرى مباحثات مع وزير الداخلية الإيطالي ماتيو بيانتيدوزي.", "2023-05-04");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – غويدو كروسيتو", "خليفة حفتر – ماتيو بيانتيدوزي"]);
});

test("a guest of a host, a dinner in someone's honour, and a press conference held together are encounters", () => {
  assert.deepEqual(dyads(extract("حل وزير الخارجية الإيطالي أنطونيو تاياني ضيفا على رئيس مجلس النواب عقيلة صالح في القبة.", "2023-05-04").events), ["أنطونيو تاياني – عقيلة صالح"]);
  assert.deepEqual(dyads(extract("وحل الوزير الإيطالي أنطونيو تاياني في طرابلس أمس.", "2023-05-04").events), []);
  assert.deepEqual(dyads(extract("أقام المشير خليفة حفتر مأدبة عشاء على شرف وزير الدفاع الإيطالي غويدو كروسيتو.", "2023-05-04").events), ["خليفة حفتر – غويدو كروسيتو"]);
  assert.deepEqual(dyads(extract("عقد رئيس الحكومة عبد الحميد الدبيبة ورئيسة الوزراء الإيطالية جورجيا ميلوني مؤتمرا صحفيا مشتركا في روما.", "2023-05-04").events), ["جورجيا ميلوني – عبد الحميد الدبيبة"]);
});

test("a masculine title names the woman who held the office that day; a feminine one never names a man", () => {
  const m = extract("التقى وزير الداخلية الإيطالي اليوم في طرابلس رئيس المجلس الرئاسي الليبي.", "2021-03-20").events.find((e) => e.type === "meeting");
  assert.ok(m?.participants.some((p) => p.name === "لوتشانا لامورجيزي"), JSON.stringify(m?.participants));
  const f = extract("التقت وزيرة الداخلية الإيطالية اليوم في طرابلس رئيس المجلس الرئاسي الليبي.", "2023-03-20").events.find((e) => e.type === "meeting");
  assert.ok(f && !f.participants.some((p) => p.name === "ماتيو بيانتيدوزي"), JSON.stringify(f?.participants));
});

test("a dual verb after two people joined by و: the two met (headline style, and past قد)", () => {
  assert.deepEqual(dyads(extract("المنفي وميلوني يبحثان ملف الهجرة", "2023-05-04").events), ["جورجيا ميلوني – محمد المنفي"]);
  assert.deepEqual(dyads(extract("وكان الدبيبة وميلوني قد التقيا في روما الشهر الماضي.", "2023-05-04").events), ["جورجيا ميلوني – عبد الحميد الدبيبة"]);
  assert.deepEqual(dyads(extract("الرئيس والحكومة يبحثان الميزانية", "2023-05-04").events), []);
});

test("the two of a dual title before a dual verb met, named or not", () => {
  assert.deepEqual(dyads(extract("وزيرا خارجية مصر سامح شكري ومالطا إيان بورغ يلتقيان في القاهرة", "2023-05-04").events), ["إيان بورغ – سامح شكري"]);
  assert.equal(dyads(extract("وزيرا خارجية ليبيا وإيطاليا يبحثان ملف الهجرة في روما", "2023-05-04").events).length, 1);
});

test("present-tense gathering verbs: 'لقاء يجمع X وY'، 'اجتماع … يضم X وY'", () => {
  assert.deepEqual(dyads(extract("لقاء يجمع الدبيبة وميلوني في روما", "2023-05-04").events), ["جورجيا ميلوني – عبد الحميد الدبيبة"]);
  assert.deepEqual(dyads(extract("اجتماع ليبي إيطالي في روما يضم الطرابلسي وبيانتيدوزي", "2023-05-04").events), ["عماد الطرابلسي – ماتيو بيانتيدوزي"]);
  assert.deepEqual(dyads(extract("وتضم القائمة عشرة أسماء بينهم الدبيبة وميلوني.", "2023-05-04").events), []);
});

test("a verb that took its object directly has no مع counterpart further on; a title's own و is no conjunction", () => {
  const doc = extract("فيما التقى الرئيس المصري عبدالفتاح السيسي وزير الخارجية الأمريكي جون كيري الذي وصل القاهرة أمس، صعدت مصر إجراءاتها بالتزامن مع إقرار الرئيس المصري لتعديلات قانونية.", "2015-07-20");
  assert.deepEqual(dyads(doc.events), ["جون كيري – عبد الفتاح السيسي"]);
});

test("a meeting called for or proposed is planned, not held", () => {
  const statuses = (text: string) => extract(text, "2023-05-04").events.filter((e) => e.type === "meeting").map((e) => e.status);
  assert.deepEqual(statuses("دعا المبعوث الأممي إلى عقد لقاء بين حفتر والدبيبة لحل الخلافات."), ["planned"]);
  assert.deepEqual(statuses("واقترح الرئيس التونسي استضافة اجتماع يجمع المنفي وحفتر."), ["planned"]);
  assert.deepEqual(statuses("وطالب عقيلة صالح بلقاء يجمعه بالدبيبة."), ["planned"]);
  // a call made during a meeting leaves the meeting held
  assert.deepEqual(statuses("ودعا الدبيبة في ختام مباحثاته مع تاياني إلى تعزيز التعاون."), ["happened"]);
});

test("an accusative dual title (وزيري …) after the verb names its objects, who met the subject, not each other", () => {
  const doc = extract("وصل المشير خليفة حفتر إلى موسكو، أمس الاثنين، لإجراء محادثات مع الجانب الروسي، وقد التقى وزيري الخارجية والدفاع الروسيين سيرغي لافروف وسيرغي شويغو.", "2020-01-14");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – سيرغي شويغو", "خليفة حفتر – سيرغي لافروف"]);
  // the nominative (وزيرا) is the subject: the two met each other
  assert.deepEqual(dyads(extract("التقى وزيرا خارجية مصر سامح شكري ومالطا إيان بورغ في القاهرة.", "2020-01-14").events), ["إيان بورغ – سامح شكري"]);
});

test("the one who held a meeting that brought two together met both", () => {
  const doc = extract("وعلى هامش مؤتمر باليرمو، عقد رئيس الوزراء الإيطالي جوزيبي كونتي لقاء مصغرا جمع رئيس المجلس الرئاسي فائز السراج والمشير خليفة حفتر، بحضور الرئيس المصري عبد الفتاح السيسي.", "2018-11-14");
  assert.deepEqual(dyads(doc.events), ["جوزيبي كونتي – خليفة حفتر", "جوزيبي كونتي – فائز السراج", "خليفة حفتر – فائز السراج"]);
});

test("a visit to a person is a meeting with that person; a visit to a place is none", () => {
  assert.deepEqual(dyads(extract("زار وزير الداخلية الإيطالي ماتيو بيانتيدوزي رئيس الحكومة أسامة حماد في مقره ببنغازي.", "2023-05-04").events), ["أسامة حماد – ماتيو بيانتيدوزي"]);
  assert.deepEqual(dyads(extract("الدبيبة يزور ميلوني في روما", "2023-05-04").events), ["جورجيا ميلوني – عبد الحميد الدبيبة"]);
  assert.deepEqual(dyads(extract("وكان ذلك حين زار الرئيس المصري الأسبق «أنور السادات» إسرائيل.", "2023-05-04").events), []);
  assert.deepEqual(dyads(extract("زار الوزير الإيطالي مدينة بنغازي أمس.", "2023-05-04").events), []);
});

test("a visit paid to a person (بزيارة إلى المشير، زيارة لرئيس المجلس) is a meeting with that person", () => {
  assert.deepEqual(dyads(extract("وقام السفير الإيطالي جوزيبي بوتشينو بزيارة إلى المشير خليفة حفتر في الرجمة.", "2023-05-04").events), ["جوزيبي بوتشينو غريمالدي – خليفة حفتر"]);
  assert.deepEqual(dyads(extract("وخلال زيارته للمشير حفتر، بحث السفير الإيطالي جوزيبي بوتشينو التعاون.", "2023-05-04").events), ["جوزيبي بوتشينو غريمالدي – خليفة حفتر"]);
  // ل of the visitor before a destination, a name beginning with ل, an indefinite title: no one visited
  assert.deepEqual(dyads(extract("وكانت أول زيارة لرئيس الوزراء الإيطالي ماتيو رينزي إلى طرابلس.", "2023-05-04").events), []);
  assert.deepEqual(dyads(extract("وقالت الوزارة إن محور زيارة لافروف سيكون الأزمة السورية.", "2023-05-04").events), []);
  assert.deepEqual(dyads(extract("وهي أول زيارة لرئيس حكومة أوروبية منذ سنوات.", "2023-05-04").events), []);
});

test("a summit that brought him together with two presidents; two calls are one each", () => {
  assert.deepEqual(dyads(extract("شارك رئيس المجلس الرئاسي محمد المنفي في القمة الثلاثية التي جمعته بالرئيسين التونسي قيس سعيد والجزائري عبد المجيد تبون في الجزائر.", "2023-06-07").events),
    ["عبد المجيد تبون – قيس سعيد", "عبد المجيد تبون – محمد المنفي", "قيس سعيد – محمد المنفي"]);
  assert.deepEqual(dyads(extract("وأجرى رئيس الحكومة عبد الحميد الدبيبة اتصالين هاتفيين بنظيريه الإيطالية جورجيا ميلوني والمالطي روبرت أبيلا.", "2023-06-07").events),
    ["جورجيا ميلوني – عبد الحميد الدبيبة", "روبرت أبيلا – عبد الحميد الدبيبة"]);
});

test("a dateline with a comma, a date in two calendars and an agency before its dash places the article", () => {
  const ev = extract("بنغازي، 13 يونيو/حزيران (رويترز) - التقى المشير خليفة حفتر وزير الداخلية الإيطالي ماتيو بيانتيدوزي.", "2023-06-15").events.find((e) => e.type === "meeting");
  assert.equal(ev?.location?.name, "بنغازي");
});

test("a dual verb with the noun as its object says the two just named held it: \"خلال محادثات أجرياها\"", () => {
  assert.deepEqual(dyads(extract("أكد وزير الخارجية المصري سامح شكري ونظيره الإيطالي أنطونيو تاياني، خلال محادثات أجرياها في القاهرة أمس، أهمية التنسيق في ملف الهجرة.", "2023-02-08").events),
    ["أنطونيو تاياني – سامح شكري"]);
});

test("a person far on, in another clause, is not the object of the verb: the one right after it is", () => {
  const doc = extract("زار وزير الداخلية الإيطالي ماتيو سالفيني، أمس الاثنين، العاصمة الليبية طرابلس، حيث التقى نائب رئيس المجلس الرئاسي أحمد معيتيق، وذلك بعد أقل من شهر على توليه منصبه في حكومة جوزيبي كونتي.", "2018-06-26");
  assert.deepEqual(dyads(doc.events), ["أحمد معيتيق – ماتيو سالفيني"]);
});

test("two joined by و after the verb, and a third named past a time and a place: the two received the third", () => {
  const doc = extract("استقبل رئيس المجلس الرئاسي محمد المنفي ونائبه عبد الله اللافي، ظهر اليوم، بمقر المجلس في طرابلس، وزير الخارجية الإيطالي أنطونيو تاياني.", "2023-01-28");
  assert.deepEqual(dyads(doc.events), ["أنطونيو تاياني – عبد الله اللافي", "أنطونيو تاياني – محمد المنفي"]);
  // two alone after a verb of talking are still the two sides
  assert.deepEqual(dyads(extract("بحث المنفي ورئيسة الوزراء الإيطالية جورجيا ميلوني ملف الهجرة.", "2023-01-28").events), ["جورجيا ميلوني – محمد المنفي"]);
});

test("titles stacked on one person before the name are that person; his two deputies named after him are received too", () => {
  assert.deepEqual(dyads(extract("استقبل رئيس الحكومة عبد الحميد الدبيبة، صباح اليوم، المبعوث الخاص للأمين العام للأمم المتحدة رئيس بعثة الدعم في ليبيا، السيد عبد الله باتيلي.", "2023-03-01").events),
    ["عبد الحميد الدبيبة – عبد الله باتيلي"]);
  assert.deepEqual(dyads(extract("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس المجلس الرئاسي الليبي محمد المنفي، ونائبيه موسى الكوني وعبد الله اللافي.", "2021-06-10").events),
    ["عبد الفتاح السيسي – عبد الله اللافي", "عبد الفتاح السيسي – محمد المنفي", "عبد الفتاح السيسي – موسى الكوني"]);
});

test("a body named in quotes inside a title keeps the title whole", () => {
  assert.deepEqual(dyads(extract("اجتمع وزير الداخلية الإيطالي ماتيو بيانتيدوزي في روما مع وزير الداخلية بحكومة «الوحدة الوطنية» الليبية عماد الطرابلسي.", "2024-03-11").events),
    ["عماد الطرابلسي – ماتيو بيانتيدوزي"]);
});

test("a gathering verb brings its first member together with those behind ب, past a time", () => {
  assert.deepEqual(dyads(extract("وجاء ذلك بعد الاجتماع الذي جمع المشير خليفة حفتر، مساء أمس، برئيس الوزراء الإيطالي جوزيبي كونتي ورئيس المجلس الرئاسي فائز السراج.", "2018-11-13").events),
    ["جوزيبي كونتي – خليفة حفتر", "جوزيبي كونتي – فائز السراج", "خليفة حفتر – فائز السراج"]);
});

test("ب right after the verb marks whom the subject named before met; a name that begins with ب is the subject", () => {
  assert.deepEqual(dyads(extract("التقت رئيسة الوزراء الإيطالية جورجيا ميلوني المشير خليفة حفتر في بنغازي، ثم اجتمعت برئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في طرابلس.", "2024-05-08").events),
    ["جورجيا ميلوني – خليفة حفتر", "جورجيا ميلوني – عبد الحميد الدبيبة"]);
  assert.deepEqual(dyads(extract("التقى المشير خليفة حفتر وزير الخارجية المالطي إيان بورغ. واجتمع بورغ بعد ذلك برئيس الحكومة المكلفة أسامة حماد في بنغازي.", "2023-10-19").events),
    ["أسامة حماد – إيان بورغ", "إيان بورغ – خليفة حفتر"]);
});

test("a verb with و goes on with the subject of the encounter before it, whom it met stands between", () => {
  const doc = extract("التقى المشير خليفة حفتر وزير الدفاع الإيطالي غويدو كروسيتو ويلتقي غدا مع وزير الداخلية ماتيو بيانتيدوزي.", "2023-05-04");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – غويدو كروسيتو"]);
  assert.deepEqual(dyads(doc.events, "planned"), ["خليفة حفتر – ماتيو بيانتيدوزي"]);
  // after a relative clause on the subject: everyone after the verb is whom he met
  assert.deepEqual(dyads(extract("وكان وزير الخارجية الفرنسي جان إيف لودريان الذي زار طرابلس أمس، والتقى رئيس المجلس الرئاسي فائز السراج، ونظيره محمد الطاهر سيالة، قد دعا إلى وقف القتال.", "2019-05-21").events),
    ["جان إيف لودريان – فائز السراج", "جان إيف لودريان – محمد سيالة"]);
});

test("the dateline's day is when the story was filed: the date in the clause says when they met", () => {
  const ev = extract("روما، 5 مارس 2024 - التقت رئيسة الوزراء الإيطالية جورجيا ميلوني، مساء أمس الاثنين، المشير خليفة حفتر.", "2024-03-05").events.find((e) => e.type === "meeting");
  assert.equal(ev?.date?.value, "2024-03-04");
});

test("a wire's dateline with the agency between slashes places the story; its day yields to a day the sentence gives later", () => {
  const doha = extract("الدوحة في 3 مارس /قنا/ استقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم رئيس المجلس الرئاسي الليبي محمد المنفي.", "2022-03-03").events.find((e) => e.type === "meeting");
  assert.equal(doha?.location?.name, "الدوحة");
  const cairo = extract("القاهرة في 9 فبراير /أ ش أ/ - بحث وزير الخارجية سامح شكري مع نظيره الليبي محمد سيالة، خلال لقائهما أمس /الاثنين/ بمقر الوزارة، الأوضاع في ليبيا.", "2020-02-09").events.filter((e) => e.type === "meeting");
  assert.deepEqual(cairo.map((e) => e.date?.value), ["2020-02-08"]);
});

test("the heads of two delegations, each said with whom he represents, both met the host; a bracketed aside is no distance", () => {
  const doc = extract("استقبل رئيس الأركان الفريق سالم الورفلي، أمس، في مقر الوزارة بالعاصمة، وفدي اللجنة الفنية المشتركة (4+4)، برئاسة اللواء خالد البرعصي عن المنطقة الشرقية، والعقيد محمود الزنتاني عن المنطقة الغربية.", "2023-02-09");
  assert.deepEqual(dyads(doc.events).sort(), ["خالد البرعصي – سالم الورفلي", "سالم الورفلي – محمود الزنتاني"]);
});

test("a leader styled 'the Libyan leader' or 'the brother' before his title receives his guest", () => {
  assert.deepEqual(dyads(extract("استقبل الزعيم الليبي معمر القذافي أمس رئيس الوزراء الإيطالي سيلفيو برلسكوني.", "2008-08-31").events), ["سيلفيو برلسكوني – معمر القذافي"]);
  assert.deepEqual(dyads(extract("استقبل الأخ قائد الثورة معمر القذافي مساء أمس بمدينة سرت رئيس وزراء إيطاليا سيلفيو برلسكوني.", "2009-06-11").events), ["سيلفيو برلسكوني – معمر القذافي"]);
});

test("'استقبل X الوفد الذي ضم وزراء A، والدفاع B': the delegation's members, each by his ministry, were received", () => {
  const doc = extract("واستقبل رئيس الحكومة عبد الحميد الدبيبة، في مقر الحكومة، الوفد التركي الذي ضم وزراء الخارجية مولود جاويش أوغلو، والدفاع خلوصي أكار.", "2022-10-04");
  assert.deepEqual(dyads(doc.events), ["خلوصي أكار – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – مولود جاويش أوغلو"]);
});

test("'واستقبلهم X': the host received everyone the sentence brought, companions too, not those only present", () => {
  const doc = extract("وصلت رئيسة الوزراء الإيطالية جورجيا ميلوني إلى تونس برفقة رئيس الوزراء الهولندي مارك روته، بحضور السفير الإيطالي، واستقبلهم الرئيس قيس سعيد في قصر قرطاج.", "2023-07-17");
  assert.deepEqual(dyads(doc.events), ["جورجيا ميلوني – قيس سعيد", "قيس سعيد – مارك روته"]);
});

test("'جمع لقاء استضافه X، أمس، في باريس، A وB': the host and the two it gathered all met", () => {
  const doc = extract("جمع لقاء استضافه الرئيس الفرنسي إيمانويل ماكرون أمس في باريس رئيس المجلس الرئاسي فايز السراج والمشير خليفة حفتر.", "2017-07-26");
  assert.deepEqual(dyads(doc.events), ["إيمانويل ماكرون – خليفة حفتر", "إيمانويل ماكرون – فائز السراج", "خليفة حفتر – فائز السراج"]);
  assert.ok(doc.events.every((e) => e.type !== "meeting" || e.rules.includes("multilateral")));
});

test("a mayor receives at his city's seat when the text names no other place; a dean has no seat", () => {
  const doc = extract("استقبل عميد بلدية زوارة السيد سالم الورفلي، صباح اليوم بمقر ديوان البلدية، سفير إيطاليا لدى ليبيا.", "2019-03-12");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "زوارة");
  assert.equal(seatOf("عميد بلدية مصراتة", R)?.name, "مصراتة");
  assert.equal(seatOf("عميد الكلية التقنية بالخرج", R), null);
  // (a place the text gives wins: the mayor met him in Rome)
  const away = extract("التقى عميد بلدية زوارة السيد سالم الورفلي في روما أمس سفير مالطا لدى إيطاليا.", "2019-03-12");
  assert.equal(away.events.find((e) => e.type === "meeting")?.location?.name, "روما");
});

test("a meeting on whose margins another took place does not take that one's counterpart", () => {
  assert.deepEqual(dyads(extract("وكانت وزيرة الخارجية نجلاء المنقوش قد تباحثت، على هامش الاجتماع الوزاري العربي، مع نظيرها الجزائري رمطان لعمامرة.", "2022-11-02").events),
    ["رمطان لعمامرة – نجلاء المنقوش"]);
});

test("a bilateral meeting on the margins of a meeting of several countries is an encounter of its own", () => {
  const doc = extract("اجتمع وزير الداخلية الإيطالي ماتيو بيانتيدوزي، أمس، في روما مع وزير الداخلية الليبي عماد الطرابلسي، ووزير الداخلية المالطي بايرون كاميليري، والمفوض الأوروبي للشؤون الداخلية ماغنوس برونر. وعلى هامش الاجتماع، عقد الطرابلسي لقاء ثنائيا مع المفوض الأوروبي.", "2025-03-11");
  assert.equal(dyads(doc.events).filter((d) => d === "عماد الطرابلسي – ماغنوس برونر").length, 2);
  // one side meeting two people, then "في لقاء منفصل" with one of them: still one encounter each
  const two = extract("الرئيس السراج يلتقي جنتيلوني ومينيتي في روما. وفي لقاء منفصل، بحث السراج مع وزير الداخلية الإيطالي ماركو مينيتي ملف الهجرة.", "2017-07-26");
  assert.equal(dyads(two.events).filter((d) => d.includes("مينيتي")).length, 1);
});

test("a request to meet is no meeting held", () => {
  assert.deepEqual(dyads(extract("وطلب رئيس الحكومة عقد اجتماع عاجل مع رئيسة الوزراء الإيطالية جورجيا ميلوني.", "2023-05-04").events), []);
});

test("'في اليوم ذاته' dates an encounter by the day the article gave last", () => {
  const ev = extract("قالت مصادر دبلوماسية اليوم الأحد إن الأزمة انتهت. وكان رئيس المجلس الرئاسي فائز السراج قد ألغى الأربعاء الماضي زيارته إلى روما. واستقبل رئيس الوزراء الإيطالي جوزيبي كونتي المشير خليفة حفتر في اليوم ذاته بقصر كيجي.", "2020-01-12").events.find((e) => e.type === "meeting");
  assert.equal(ev?.date?.value, "2020-01-08");
});

test("a gathering verb after a light verb takes the date said with the light verb", () => {
  const doc = extract("أعلنت الحكومة الإيطالية اليوم الاثنين برنامج المؤتمر. وكان رئيس الوزراء الإيطالي جوزيبي كونتي قد عقد، صباح الثلاثاء الماضي، اجتماعا مصغرا ضم رئيس المجلس الرئاسي فائز السراج والمشير خليفة حفتر.", "2018-11-19");
  const dates = doc.events.filter((e) => e.type === "meeting").map((e) => e.date?.value);
  assert.deepEqual([...new Set(dates)], ["2018-11-13"]);
});

test("a region or a sea named in the talks is not where they were held", () => {
  const ev = extract("باليرمو – ناقش رئيس المجلس الرئاسي فائز السراج، أمس، مع وزير الخارجية الفرنسي جان إيف لودريان جهود مكافحة الإرهاب في الجنوب الليبي.", "2018-11-13").events.find((e) => e.type === "meeting");
  assert.equal(ev?.location?.name, "باليرمو");
});

test("one who takes part (بمشاركة) is on the side of the one who held the call", () => {
  assert.deepEqual(dyads(extract("عقدت المفوضة الأوروبية للشؤون الداخلية إيلفا يوهانسون اليوم مؤتمرا عبر الفيديو مع وزير الداخلية الليبي عماد الطرابلسي، بمشاركة المدير التنفيذي لوكالة فرونتكس هانس لايتنز.", "2023-11-15").events),
    ["عماد الطرابلسي – هانس لايتنز", "عماد الطرابلسي – يلفا يوهانسون"]);
});

test("after سبق, ل marks who made the visit; his next encounter of the trip shares its month", () => {
  const doc = extract("وسبق للمشير خليفة حفتر أن زار موسكو في سبتمبر 2023، حيث التقى الرئيس فلاديمير بوتين، كما أجرى محادثات منفصلة مع وزير الدفاع الروسي سيرغي شويغو.", "2025-03-08");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – سيرغي شويغو", "خليفة حفتر – فلاديمير بوتين"]);
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2023-09", "2023-09"]);
});

test("a person named by title and then by rank and name is one, and two such joined by و met the one after them", () => {
  assert.deepEqual(dyads(extract("التقى قائد القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) الجنرال مايكل لانغلي، والمبعوث الأمريكي الخاص إلى ليبيا السفير ريتشارد نورلاند، أمس، رئيس الأركان العامة الفريق أول محمد الحداد في طرابلس.", "2023-01-17").events),
    ["ريتشارد نورلاند – محمد الحداد", "مايكل لانغلي – محمد الحداد"]);
  // a dual verb: the pair joined by و before it met the one after it
  assert.deepEqual(dyads(extract("وكان الجنرال ستيفن تاونسند والسفير ريتشارد نورلاند، الذي شغل وقتها منصب السفير لدى ليبيا، قد التقيا في يونيو 2020 رئيس المجلس الرئاسي فائز السراج في زوارة.", "2023-01-17").events),
    ["ريتشارد نورلاند – فائز السراج", "ستيفن تاونسند – فائز السراج"]);
});

test("a call noun behind في right after a verb is how the verb's encounter took place", () => {
  assert.deepEqual(dyads(extract("وكانت المبعوثة الأممية هانا تيتيه قد بحثت، في اتصال مرئي الخميس الماضي، مع الممثلة العليا للاتحاد الأوروبي كايا كالاس، الدعم الأوروبي للبعثة.", "2025-03-24").events),
    ["كايا كالاس – هانا تيتيه"]);
});

test("a headline's place is the last resort; a foreign country said where they met is the venue", () => {
  const doc = extract("وزير الداخلية يبحث مع نظيره الليبي ترتيبات العبور بمعبر رأس جدير\n\nتونس 13 جوان 2024 (وات) - التقى وزير الداخلية التونسي كمال الفقي، أمس الأربعاء بمقر الوزارة، وزير الداخلية الليبي عماد الطرابلسي.", "2024-06-13");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.location?.name), ["تونس"]);
  const other = extract("التقت المبعوثة الأممية ستيفاني وليامز اليوم في طرابلس رئيس المؤسسة الوطنية للنفط مصطفى صنع الله. والتقت وليامز الأسبوع الماضي في تونس السفير الفرنسي لدى ليبيا.", "2020-08-13");
  assert.deepEqual(other.events.filter((e) => e.type === "meeting").map((e) => e.location?.name), ["طرابلس", "تونس"]);
});

test("a headline that they 'discussed' and a body that says it was a call are one call", () => {
  const doc = extract("المنقوش تبحث مع تاياني ملف الهجرة\n\nبحثت وزيرة الخارجية نجلاء المنقوش، في اتصال هاتفي أجرته مساء أمس، مع وزير الخارجية الإيطالي أنطونيو تاياني ملف الهجرة.", "2023-04-20");
  const enc = doc.events.filter((e) => e.type === "meeting" || e.type === "call");
  assert.deepEqual(enc.map((e) => e.type), ["call"]);
});

test("a surname alone in the headline is the person the body names in full", () => {
  const doc = extract("المنفي يبحث مع خوري المسار السياسي\n\nطرابلس - جمع لقاء، أمس الأربعاء، بمقر المجلس الرئاسي، رئيس المجلس الرئاسي محمد المنفي والقائمة بأعمال رئيس البعثة الأممية ستيفاني خوري.", "2024-06-20");
  assert.deepEqual(dyads(doc.events), ["ستيفاني خوري – محمد المنفي"]);
});

test("titles: one charged with running a ministry, a ministry of law enforcement and asylum, an operation named in quotes", () => {
  assert.deepEqual(dyads(extract("تلقى المكلف بتسيير وزارة الخارجية بحكومة الوحدة الوطنية الطاهر الباعور اتصالا هاتفيا من وزير الخارجية الإيطالي أنطونيو تاياني.", "2025-05-14").events), ["أنطونيو تاياني – الطاهر الباعور"]);
  assert.deepEqual(dyads(extract("عقد وزير الداخلية والأمن الوطني وإنفاذ القانون المالطي بايرون كاميليري اجتماعا مع وزير الداخلية الليبي عماد الطرابلسي.", "2024-05-14").events), ["بايرون كاميليري – عماد الطرابلسي"]);
  assert.deepEqual(dyads(extract("أجرى وزير الداخلية فتحي باشاغا اتصالا مرئيا مع قائد العملية الأوروبية «إيريني»، الأدميرال فابيو أغوستيني.", "2020-05-21").events), ["فابيو أغوستيني – فتحي باشاغا"]);
  // the Greek minister of migration and asylum in November 2024
  assert.deepEqual(dyads(extract("استقبل رئيس الحكومة أسامة حماد في بنغازي وزير الهجرة واللجوء اليوناني.", "2024-11-17").events), ["أسامة حماد – نيكولاوس باناغيوتوبولوس"]);
});

test("a statement's bare 'رئيس الوزراء' is the prime minister it named, also when the headline gave only the title", () => {
  const doc = extract("رئيس الوزراء يستقبل رئيس وزراء النيجر\n\nطرابلس | استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، اليوم الإثنين، رئيس وزراء جمهورية النيجر علي لامين زين. وفي سياق آخر، أجرى رئيس الوزراء مساء اليوم اتصالا هاتفيا مع رئيس جمهورية تشاد محمد إدريس ديبي.", "2024-09-16");
  assert.deepEqual(dyads(doc.events), ["عبد الحميد الدبيبة – علي محمد الأمين زين", "عبد الحميد الدبيبة – محمد إدريس ديبي"]);
  // the dateline's "|" is a dash too
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "طرابلس");
  // a light verb after a title is no name
  const other = extract("رئيس الحكومة يتلقى اتصالا من رئيس الوزراء المصري\n\nتلقى رئيس الحكومة الليبية أسامة حماد اتصالا هاتفيا من رئيس مجلس الوزراء المصري مصطفى مدبولي.", "2023-10-25");
  assert.ok(!other.entities.some((e) => e.name === "يتلقى"));
});

test("'لقاء X بـY' is their meeting; 'في اليوم التالي' is the day after the one given", () => {
  const doc = extract("وتأتي الزيارة بعد شهر على لقاء المشير خليفة حفتر برئيسة الوزراء جورجيا ميلوني في روما بتاريخ 4-5-2023، وهو اللقاء الذي أعقبته في اليوم التالي محادثات مع وزير الدفاع غويدو كروسيتو.", "2023-06-09");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => `${e.participants.map((p) => p.name).sort().join(" – ")} ${e.date?.value}`),
    ["جورجيا ميلوني – خليفة حفتر 2023-05-04", "خليفة حفتر – غويدو كروسيتو 2023-05-05"]);
  // "على اتصال مع" is still no call
  assert.deepEqual(dyads(extract("وظل الوزير عماد الطرابلسي على اتصال مع نظيره الإيطالي ماتيو بيانتيدوزي.", "2023-06-09").events), []);
});

test("'وبعد يومين' counts on from the day told last, and the day it gives is the one 'في اليوم التالي' follows", () => {
  const doc = extract("وصل وزير الخارجية المالطي إيان بورغ إلى طرابلس يوم الأحد 9 فبراير. وبعد يومين التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة. وفي اليوم التالي اجتمع بورغ مع وزير الداخلية عماد الطرابلسي.", "2025-02-15");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => `${e.participants.map((p) => p.name).sort().join(" – ")} ${e.date?.value}`),
    ["إيان بورغ – عبد الحميد الدبيبة 2025-02-11", "إيان بورغ – عماد الطرابلسي 2025-02-12"]);
  // "بعد يومين من المحادثات" is how long something lasted, not a day counted on
  const talks = extract("وصل وزير الخارجية المالطي إيان بورغ إلى طرابلس يوم الأحد 9 فبراير. وبعد يومين من المحادثات الفنية التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2025-02-15");
  assert.notEqual(talks.events.find((e) => e.type === "meeting")?.date?.value, "2025-02-11");
});

test("people named far after the verb, past another clause and 'وحضور', met nobody", () => {
  assert.deepEqual(dyads(extract("استقبلت لجنة المقابلات المرشحين، حيث قامت اللجنة بفرز الأوراق ومطابقة البيانات، وذلك وسط متابعة مدير التعليم فهد العتيبي، وحضور المساعد للشؤون المدرسية غازي العتيبي.", "2015-07-19").events), []);
});

test("'بالتنسيق مع' names whom the work is done with, not a counterpart; the topics reach past a verb that made no encounter", () => {
  const doc = extract("أجرى رئيس المجلس الرئاسي محمد المنفي محادثات مع وزير الخارجية الجزائري أحمد عطاف، تناولت ملف الرعايا العالقين بالمنطقة الحدودية وسبل إعادتهم إلى بلدانهم بالتنسيق مع المنظمة الدولية للهجرة.", "2024-03-03");
  const enc = doc.events.filter((e) => e.type === "meeting" || e.type === "call");
  assert.deepEqual(dyads(enc), ["أحمد عطاف – محمد المنفي"]);
  assert.deepEqual(enc[0].topics, ["border_security", "migration"]);
});

test("one acting for an office holds its title; a headline's short title is the official the body names more fully; a denial far back denies", () => {
  assert.deepEqual(dyads(extract("التقت القائمة بأعمال رئيس بعثة الأمم المتحدة للدعم في ليبيا ستيفاني خوري، الثلاثاء، رئيس المجلس الرئاسي محمد المنفي في طرابلس.", "2024-10-19").events),
    ["ستيفاني خوري – محمد المنفي"]);
  const doc = extract("رئيس الأركان يبحث مع السفير الفرنسي تأمين الحدود\n\nبنغازي – استقبل رئيس الأركان العامة الفريق أول خالد حفتر، اليوم الثلاثاء، بمكتبه في بنغازي، السفير الفرنسي لدى ليبيا.", "2025-10-28");
  assert.equal(doc.events.filter((e) => e.type === "meeting").length, 1);
  const denied = extract("ونفى مكتب إعلام رئاسة الأركان العامة صحة ما تداولته صفحات على مواقع التواصل الاجتماعي بشأن لقاء جمع الفريق أول خالد حفتر والفريق أول محمد الحداد في روما.", "2025-10-28");
  assert.deepEqual(dyads(denied.events), []);
});

test("'استقبله X': X received the one the pronoun points to, who goes on as the subject", () => {
  assert.deepEqual(dyads(extract("وبعد خمسة أسابيع، حط المشير خليفة حفتر في موسكو، حيث استقبله الرئيس فلاديمير بوتين في الكرملين، كما التقى خلال الزيارة ذاتها وزير الدفاع سيرغي شويغو.", "2023-10-01").events),
    ["خليفة حفتر – سيرغي شويغو", "خليفة حفتر – فلاديمير بوتين"]);
  assert.deepEqual(dyads(extract("وصل رئيس الحكومة عبد الحميد الدبيبة إلى روما. واستقبلته رئيسة الوزراء جورجيا ميلوني في قصر كيجي.", "2023-10-01").events),
    ["جورجيا ميلوني – عبد الحميد الدبيبة"]);
});

test("a bilateral on the margins of a summit of three told by a gathering verb is its own encounter", () => {
  const doc = extract("وجمع اللقاء رئيس الحكومة الليبية علي زيدان ورئيس الحكومة التونسية حمادي الجبالي والوزير الأول الجزائري عبد المالك سلال في غدامس. وعلى هامش القمة، عقد زيدان وسلال اجتماعا ثنائيا تناول الوضع في شمال مالي.", "2013-01-13");
  assert.equal(dyads(doc.events).filter((d) => d === "عبد المالك سلال – علي زيدان").length, 2);
});

test("a fronted reception frame past a place takes the main clause's subject; 'منذ' dates no encounter; the country's official first", () => {
  const doc = extract("وصل وزير الخارجية الإيطالي باولو جنتيلوني اليوم الثلاثاء إلى طرابلس، في أول زيارة يقوم بها وزير خارجية دولة غربية. وخلال استقباله الوزير الإيطالي في مقر المجلس بقاعدة أبوستة البحرية، أكد رئيس المجلس الرئاسي فائز السراج دعم مواجهة تنظيم داعش الذي يسيطر على سرت منذ العام الماضي.", "2016-04-12");
  const enc = doc.events.filter((e) => e.type === "meeting");
  assert.deepEqual(dyads(enc), ["باولو جنتيلوني – فائز السراج"]);
  assert.equal(enc[0].date?.value, "2016-04-12");
});

test("an outlet's name with '|' is no dateline; nobody meets himself under a second spelling", () => {
  const doc = extract("ليبيا المستقبل | صوت الليبيين\n\nطرابلس – والتقى رئيس الحكومة عبد الحميد الدبيبة، على هامش المنتدى، رئيسة الوزراء الإيطالية جورجيا ميلوني.", "2024-07-17");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "طرابلس");
  const one = extract("التقى وزير الخارجية عادل الجبير نظيره المصري سامح شكري. وقال خلال مؤتمر صحفي مشترك عقده مع وزير الخارجية عادل بن أحمد الجبير إن المشاورات تناولت العلاقات.", "2015-07-19");
  assert.ok(!dyads(one.events).some((d) => d.split(" – ").every((n) => n.includes("الجبير"))));
});

test("a crossing named in the talks is not the venue; a date of something signed then is not the meeting's", () => {
  const doc = extract("الجزائر – التقى رئيس المجلس الرئاسي محمد المنفي أمس الرئيس الجزائري عبد المجيد تبون. وفي لقاء منفصل، ناقش المنفي مع الرئيس التونسي قيس سعيد تأمين الحدود المشتركة وتنظيم حركة العبور في منفذ رأس اجدير.", "2022-11-02");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.location?.name), ["الجزائر", "الجزائر"]);
  const two = extract("روما – التقى رئيس المجلس الرئاسي فائز السراج اليوم الأربعاء رئيس الوزراء الإيطالي باولو جنتيلوني. وفي لقاء منفصل، بحث السراج مع وزير الداخلية الإيطالي ماركو مينيتي تنفيذ مذكرة التفاهم الموقعة بين البلدين في فبراير الماضي.", "2017-07-26");
  assert.deepEqual(two.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2017-07-26", "2017-07-26"]);
});

test("'the delegation' the article listed (وضم الوفد A وB) is its members", () => {
  const doc = extract("وصل وفد أوروبي إلى طرابلس. وضم الوفد وزير الداخلية الإيطالي ماتيو بيانتيدوزي، ووزير الداخلية المالطي بايرون كاميليري. وكان الوفد الأوروبي قد عقد صباح اليوم اجتماعا مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2025-07-08");
  assert.deepEqual(dyads(doc.events), ["بايرون كاميليري – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – ماتيو بيانتيدوزي"]);
});

test("two dots part a headline's clauses: the one named after them is not the object before them", () => {
  assert.deepEqual(dyads(extract("الدبيبة يستقبل وفدا أوروبيا في طرابلس.. وحكومة أسامة حماد تطرده من بنغازي", "2025-07-09").events), []);
});

test("people joined before ', خلال قمة' held it; 'انفرد X بـY' and 'اجتماع جمعهما' are meetings", () => {
  assert.deepEqual(dyads(extract("اتفق رئيس الحكومة الليبية علي زيدان ونظيراه التونسي حمادي الجبالي والجزائري عبد المالك سلال، خلال قمة ثلاثية احتضنتها مدينة غدامس أمس السبت، على تشكيل لجان مشتركة.", "2013-01-13").events),
    ["حمادي الجبالي – عبد المالك سلال", "حمادي الجبالي – علي زيدان", "عبد المالك سلال – علي زيدان"]);
  assert.deepEqual(dyads(extract("وعلى هامش القمة، انفرد رئيس الحكومة علي زيدان بنظيره الجزائري عبد المالك سلال في جلسة ثنائية.", "2013-01-13").events), ["عبد المالك سلال – علي زيدان"]);
  assert.deepEqual(dyads(extract("أطلع رئيس الحكومة علي زيدان رئيس المؤتمر الوطني العام محمد المقريف على نتائج القمة، خلال اجتماع جمعهما بمقر المؤتمر.", "2013-01-13").events), ["علي زيدان – محمد المقريف"]);
  // a statement after a comma and "خلال لقاء صحفي" names nobody's meeting
  assert.deepEqual(dyads(extract("وقال وزير الخارجية سامح شكري، خلال لقاء صحفي، إن الحكومة تدعم الحوار.", "2013-01-13").events), []);
});

test("a tagged name never starts at a known place; a meeting noun's مع is not inside a relative clause on another noun", () => {
  const doc = extract("ومن بنغازي طار المشير خليفة حفتر إلى أثينا، حيث استقبله رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس أمس الجمعة. وتمحورت المحادثات حول مذكرة ترسيم الحدود البحرية التي وقعتها أنقرة مع حكومة الوفاق.", "2020-01-18");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – كيرياكوس ميتسوتاكيس"]);
});

test("ministers of several countries named by one plural title, each after his country's name, were all received", () => {
  const pairs = dyads(extract("كما استقبل رئيس الحكومة عبد الحميد الدبيبة في 25 مارس وزراء خارجية فرنسا جان إيف لودريان وألمانيا هايكو ماس وإيطاليا لويجي دي مايو، في زيارة مشتركة.", "2021-04-06").events);
  for (const guest of ["جان إيف لودريان", "هايكو ماس", "لويجي دي مايو"]) assert.ok(pairs.some((d) => d.includes(guest) && d.includes("الدبيبة")), guest);
});

test("two received by two under one dual title after مع; 'الوزيران الإيطاليان' are the two last met; a title, its office's description, then rank and name", () => {
  const doc = extract("طرابلس – عقد وزير الداخلية عماد الطرابلسي، ووزير الخارجية الطاهر الباعور، اليوم الأحد، اجتماعا موسعا مع وزيري الداخلية والخارجية الإيطاليين ماتيو بيانتيدوزي وأنطونيو تاياني. وكان الوزيران الإيطاليان قد التقيا صباح اليوم رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2024-02-18");
  assert.deepEqual(dyads(doc.events), ["أنطونيو تاياني – الطاهر الباعور", "أنطونيو تاياني – عبد الحميد الدبيبة", "أنطونيو تاياني – عماد الطرابلسي",
    "الطاهر الباعور – ماتيو بيانتيدوزي", "عبد الحميد الدبيبة – ماتيو بيانتيدوزي", "عماد الطرابلسي – ماتيو بيانتيدوزي"]);
  assert.deepEqual(dyads(extract("بحث وزير الخارجية اليوناني جورجوس جيرابيتريتيس مع قائد القوات المتمركزة في شرق ليبيا المشير خليفة حفتر، الأحد، ملف الهجرة.", "2025-04-14").events),
    ["جورج جيرابيتريتيس – خليفة حفتر"]);
});

test("'ففي لقاء جمعه بـX' with nobody before it in its sentence: the pronoun is the one the sentence before was about", () => {
  assert.deepEqual(dyads(extract("كثف نائب القائد العام الفريق أول صدام حفتر تحركاته خلال الأيام الماضية. ففي لقاء جمعه بالمبعوثة الأممية إلى ليبيا هانا تيتيه في بنغازي، الثلاثاء، جرى بحث خريطة الطريق.", "2025-10-15").events),
    ["صدام حفتر – هانا تيتيه"]);
});

test("a date after 'المقررة' qualifies the noun before it, unless that noun is the encounter", () => {
  const doc = extract("التقى وزير الخارجية الإيطالي لويجي دي مايو أمس الاثنين رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة. كما التقى الوزير الإيطالي رئيس المجلس الرئاسي محمد المنفي، الذي أكد أهمية إجراء الانتخابات المقررة في 24 ديسمبر المقبل.", "2021-05-04");
  const m = doc.events.filter((e) => e.type === "meeting");
  assert.deepEqual(m.map((e) => e.status), ["happened", "happened"]);
  assert.ok(!m.some((e) => e.date?.value === "2021-12-24"));
  const planned = extract("أعلنت الرئاسة أن لقاء الرئيس التونسي قيس سعيد مع رئيس المجلس الرئاسي محمد المنفي المقرر في 10 يونيو المقبل سيتناول أمن الحدود.", "2021-05-04");
  assert.deepEqual(planned.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2021-06-10"]);
});

test("the story goes on from its own day and city after an encounter told as background (وكان … قد)", () => {
  const doc = extract("طرابلس - التقى رئيس المجلس الرئاسي محمد المنفي أمس الثلاثاء السفير الفرنسي. وكان المنفي قد التقى الرئيس الفرنسي إيمانويل ماكرون في باريس يوم 3 مارس الماضي. وبحث وزير الخارجية الليبي مع نظيره المالطي تنسيق المواقف.", "2022-06-15");
  const last = doc.events.filter((e) => e.type === "meeting").at(-1)!;
  assert.equal(last.date?.value, "2022-06-14");
  const noDateline = extract("احتضنت العاصمة الليبية طرابلس أمس مؤتمرا حول الهجرة. وعلى هامشه، التقى وزير الداخلية الليبي نظيره المالطي. وكان الوزير قد اجتمع مع وزير الداخلية الإيطالي في روما يوم 5 مايو الماضي. كما بحث وزير الخارجية الليبي مع نظيره التونسي أمن الحدود.", "2022-06-15");
  const m = noDateline.events.filter((e) => e.type === "meeting");
  assert.deepEqual(m.map((e) => [e.date?.value, e.location?.name]), [["2022-06-14", "طرابلس"], ["2022-05-05", "روما"], ["2022-06-14", "طرابلس"]]);
});

test("a dual title in the accusative after the verb names the two met, not the subject and its object", () => {
  const doc = extract("انجامينا - وصل إلى انجامينا أمس الاثنين وزير الداخلية الليبي عماد الطرابلسي، حيث التقى وزيري الدفاع والأمن العام التشاديين في مقر الوزارة.", "2024-03-12");
  assert.deepEqual(dyads(doc.events), ["عماد الطرابلسي – وزير الأمن العام التشادي", "عماد الطرابلسي – وزير الدفاع التشادي"]);
  const nominative = extract("بنغازي - التقى وزيرا الدفاع والداخلية الإيطاليان المشير خليفة حفتر أمس.", "2024-03-12");
  assert.deepEqual(dyads(nominative.events), ["خليفة حفتر – غويدو كروسيتو", "خليفة حفتر – ماتيو بيانتيدوزي"]);
});

test("a title of another nationality right after a known person the verb took is its object, not his apposition", () => {
  const doc = extract("وصل وزير الخارجية الليبي محمد الطاهر سيالة إلى انجامينا أمس. واليوم، استقبل الرئيس التشادي محمد إدريس ديبي الوزير الليبي في القصر، حيث تسلم منه رسالة من رئيس المجلس الرئاسي فائز السراج.", "2019-05-07");
  assert.deepEqual(dyads(doc.events), ["محمد إدريس ديبي – محمد سيالة"]);
});

test("one behind ل is no object of the verb; a dual title's two names with their own offices both met", () => {
  const doc = extract("فاليتا - زار رئيس الوزراء المالطي روبرت أبيلا العاصمة الليبية طرابلس أمس، والتقى رئيس المجلس الرئاسي فائز السراج، في زيارة هي الأولى لرئيس حكومة أوروبية منذ أشهر.", "2020-05-29");
  assert.deepEqual(dyads(doc.events), ["روبرت أبيلا – فائز السراج"]);
  const two = extract("وناقش وزيرا الخارجية إيفاريست بارتولو والشؤون الداخلية بايرون كاميليري مع وزير الداخلية الليبي فتحي باشاغا دعم خفر السواحل.", "2020-05-29");
  assert.deepEqual(dyads(two.events), ["إيفاريست بارتولو – فتحي باشاغا", "بايرون كاميليري – فتحي باشاغا"]);
});

test("the one a meeting brought the pair together with met them both; 'جمعهما X' is the pair and X", () => {
  const doc = extract("باريس – اتفق رئيس المجلس الرئاسي فائز السراج والقائد العام للجيش الليبي المشير خليفة حفتر، أمس الثلاثاء، على وقف إطلاق النار، خلال لقاء جمعهما بالرئيس الفرنسي إيمانويل ماكرون قرب باريس.", "2017-07-26");
  assert.deepEqual(dyads(doc.events), ["إيمانويل ماكرون – خليفة حفتر", "إيمانويل ماكرون – فائز السراج", "خليفة حفتر – فائز السراج"]);
  const later = extract("ويعد هذا اللقاء الثاني بين السراج وحفتر في أبوظبي، بعد لقائهما الأول في مايو 2017، كما جمعهما الرئيس الفرنسي إيمانويل ماكرون في باريس في مايو 2018.", "2019-02-28");
  const paris = later.events.filter((e) => e.type === "meeting" && e.date?.value === "2018-05");
  assert.equal(paris.length, 3);
  assert.ok(later.events.some((e) => e.type === "meeting" && e.date?.value === "2017-05"));
});

test("'اجتمع X بكل من A وB' is a meeting with each; a date after منذ in a sentence about the talks is not theirs", () => {
  const doc = extract("برلين - اجتمع المبعوث الأممي غسان سلامة بكل من السراج وحفتر على حدة على هامش المؤتمر. وتناول اللقاءان تثبيت الهدنة السارية منذ 12 يناير.", "2020-01-20");
  const m = doc.events.filter((e) => e.type === "meeting");
  assert.equal(m.length, 2);
  assert.ok(m.every((e) => e.date?.value !== "2020-01-12"));
});

test("'وكانا قد التقيا' with nobody after the verb: the pair the sentence joined met each other", () => {
  const doc = extract("رفض رئيس مجلس النواب عقيلة صالح ورئيس المؤتمر الوطني العام نوري أبوسهمين الاتفاق، معتبرين أنه لا يمثلهما، وكانا قد التقيا للمرة الأولى في العاصمة المالطية فاليتا، الثلاثاء الماضي.", "2015-12-18");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => [e.participants.length, e.location?.name, e.date?.value]), [[2, "فاليتا", "2015-12-15"]]);
});

test("'بين الرجلين' is the two just named; 'الضيف الإيطالي' is the Italian visitor; 'نظيره في حكومة X' is named after the body", () => {
  const doc = extract("روما – وقّع رئيس الوزراء الإيطالي باولو جنتيلوني ورئيس المجلس الرئاسي فايز السراج، مساء أمس الخميس، مذكرة تفاهم. وسبق التوقيع اجتماع مغلق بين الرجلين استمر ساعة.", "2017-02-03");
  assert.deepEqual(dyads(doc.events), ["باولو جنتيلوني – فائز السراج"]);
  const guest = extract("طرابلس – وصل وزير الداخلية الإيطالي ماتيو سالفيني أمس الاثنين إلى طرابلس. واستهل الضيف الإيطالي زيارته بلقاء نظيره في حكومة الوفاق الوطني عبد السلام عاشور.", "2018-06-26");
  assert.deepEqual(dyads(guest.events), ["عبد السلام عاشور – ماتيو سالفيني"]);
});

test("a visit told as background (إذ كان X قد زار) on another day does not place the story's encounter", () => {
  const doc = extract("روما – التقى رئيس المجلس الرئاسي فايز السراج أمس الخميس وزير الداخلية الإيطالي ماركو مينيتي في مقر الوزارة. ويعرف الضيف الليبي محدثه جيدا، إذ كان مينيتي قد زار طرابلس في يناير الماضي.", "2017-02-03");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "روما");
});

test("those who came with the one received (يرافقه A، وB) met the host too, not each other; those present (بحضور) did not", () => {
  const doc = extract("طرابلس - استقبل رئيس المجلس الرئاسي محمد المنفي، أمس، المفوض الأوروبي للشؤون الداخلية ماغنوس برونر، يرافقه وزير الداخلية الإيطالي ماتيو بيانتيدوزي، ووزير الداخلية المالطي بايرون كاميليري، بحضور وزير الخارجية الطاهر الباعور.", "2025-07-09");
  assert.deepEqual(dyads(doc.events), ["بايرون كاميليري – محمد المنفي", "ماتيو بيانتيدوزي – محمد المنفي", "ماغنوس برونر – محمد المنفي"]);
});

test("a dual title it cannot part is no participant; the feminine past of تفعّل after a title's comma is no name", () => {
  const doc = extract("القاهرة - رئيس الأركان المصري يلتقي رئيسي الأركان الليبيين\nالتقى الفريق أسامة عسكر رئيس أركان حرب القوات المسلحة المصرية، اليوم، الفريق أول محمد الحداد رئيس الأركان العامة للجيش الليبي.", "2022-11-16");
  assert.ok(!doc.events.some((e) => e.participants.some((p) => (p.title ?? "").includes("رئيسي"))));
  const verb = extract("كما أجرى وزير الداخلية التونسي لطفي بن جدو محادثات مع وزير الداخلية الليبي، تمحورت حول تأمين الشريط الحدودي.", "2013-06-19");
  assert.ok(!verb.mentions.some((m) => m.text.includes("تمحورت")));
});

test("a gathering verb reaches past a city, a day and the plural title of the people it gathered", () => {
  const doc = extract("وتأتي الزيارة تنفيذا لمخرجات القمة التي جمعت بمدينة غدامس يوم 12 يناير الماضي رؤساء حكومات ليبيا علي زيدان والجزائر عبد المالك سلال وتونس حمادي الجبالي.", "2013-06-19");
  const m = doc.events.filter((e) => e.type === "meeting");
  assert.deepEqual(dyads(m), ["حمادي الجبالي – عبد المالك سلال", "حمادي الجبالي – علي زيدان", "عبد المالك سلال – علي زيدان"]);
  assert.ok(m.every((e) => e.date?.value === "2013-01-12" && e.location?.name === "غدامس" && e.participants[0].title === "رئيس حكومات"));
});

test("'ومن المنتظر أن' governs its clause far ahead; a headline's 'نظيره الليبي' is the one the body names in that office", () => {
  const doc = extract("طرابلس - التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، أمس الاثنين، رئيس وزراء النيجر علي الأمين زين. ومن المنتظر أن يختتم الوفد النيجري زيارته اليوم بلقاء مع رئيس المجلس الرئاسي محمد المنفي.", "2024-03-12");
  assert.deepEqual(doc.events.filter((e) => e.participants.some((p) => p.name === "محمد المنفي")).map((e) => e.status), ["planned"]);
  const head = extract("شرف الدين يبحث مع نظيره الليبي تأمين الحدود\nتونس - استقبل وزير الداخلية توفيق شرف الدين، أمس الاثنين، وزير الداخلية المكلف بحكومة الوحدة الوطنية الليبية عماد الطرابلسي.", "2023-02-14");
  assert.deepEqual(dyads(head.events), ["توفيق شرف الدين – عماد الطرابلسي"]);
});

test("a governor is named by the place right after his title (والي مدنين، محافظ جدة); 'وإلى' is no governor", () => {
  const doc = extract("وكان والي مدنين قد عقد، الأحد الماضي، جلسة عمل مع عميد بلدية زوارة.", "2023-02-14");
  assert.deepEqual(dyads(doc.events), ["عميد بلدية زوارة – والي مدنين"]);
  assert.ok(!extract("ومن تونس وإلى طرابلس سافر الوفد أمس.", "2023-02-14").mentions.some((m) => m.type === "title"));
});

test("a bulletin item's own dateline places it; 'نظيره الليبي المكلف X' names the counterpart; a deputy envoy's post after إلى is his title", () => {
  const doc = extract("موجز الأخبار\n\n— أبوظبي: استقبل وزير الخارجية الإماراتي عبد الله بن زايد آل نهيان، أمس، وزيرة الخارجية الليبية نجلاء المنقوش.\n\n— روما: استقبل وزير الداخلية الإيطالي، مساء السبت، نظيره الليبي المكلف عماد الطرابلسي.", "2023-03-06");
  const m = doc.events.filter((e) => e.type === "meeting");
  assert.deepEqual(m.map((e) => e.location?.name), ["أبوظبي", "روما"]);
  assert.ok(m[1].participants.some((p) => p.name === "عماد الطرابلسي"));
  const envoy = extract("موسكو - أجرى وزير الخارجية سيرغي لافروف ونائبه المبعوث الرئاسي الخاص إلى الشرق الأوسط وأفريقيا ميخائيل بوغدانوف، أمس الجمعة، محادثات مع رئيس مجلس النواب الليبي عقيلة صالح.", "2020-07-04");
  assert.deepEqual(dyads(envoy.events), ["سيرغي لافروف – عقيلة صالح", "عقيلة صالح – ميخائيل بوغدانوف"]);
});

test("the one who sponsored and took part in the meeting (اجتماع رعاه وشارك فيه X) met those it told of", () => {
  const doc = extract("أبوظبي – التقى رئيس المجلس الرئاسي فائز السراج والقائد العام خليفة حفتر، أمس الأربعاء، في العاصمة الإماراتية أبوظبي، في اجتماع رعاه وشارك فيه الممثل الخاص للأمين العام للأمم المتحدة غسان سلامة.", "2019-02-28");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – غسان سلامة", "خليفة حفتر – فائز السراج", "غسان سلامة – فائز السراج"]);
});

test("a gathering verb after a light verb's meeting takes the date of the light verb's clause", () => {
  const doc = extract("القاهرة - عقد رئيس أركان حرب القوات المسلحة المصرية الفريق أسامة عسكر، يوم 2 أكتوبر 2022، اجتماعا موسعا بمقر وزارة الدفاع في القاهرة، ضم رئيس الأركان العامة للجيش الليبي الفريق أول محمد الحداد، ورئيس أركان القوات المسلحة العربية الليبية الفريق أول ركن عبد الرازق الناظوري.", "2022-11-08");
  const m = doc.events.filter((e) => e.type === "meeting");
  assert.equal(m.length, 3);
  assert.ok(m.every((e) => e.date?.value === "2022-10-02"), m.map((e) => e.date?.value).join(","));
});

test("a preposition as written (على with ى) opens no name, tagged or not", () => {
  const doc = extract("إسطنبول - انتقل رئيس الأركان الليبي محمد الحداد أمس إلى إسطنبول، حيث زار معرض الصناعات الدفاعية، والتقى على هامشه رئيس هيئة الصناعات الدفاعية التركية خلوق غورغون.", "2024-10-24");
  assert.ok(!doc.mentions.some((m) => m.text.includes("هامشه")), doc.mentions.map((m) => m.text).join("|"));
});

test("'استضاف A وB، أمس، C وD': each host met each guest; an agency's name in brackets closes a dateline that has no dash", () => {
  const doc = extract("فاليتا 29 مايو 2020 (شينخوا) استضاف رئيس الوزراء المالطي روبرت أبيلا ووزير الخارجية إيفاريست بارتولو، أمس (الخميس)، رئيس المجلس الرئاسي فايز السراج ووزير الخارجية الليبي محمد طاهر سيالة، على مأدبة غداء عمل.", "2020-05-29");
  const m = doc.events.filter((e) => e.type === "meeting");
  assert.equal(m.length, 4);
  assert.ok(m.every((e) => e.date?.value === "2020-05-28" && e.location?.name === "فاليتا"));
  assert.deepEqual(extract("استضافت طرابلس أمس منتدى الهجرة بمشاركة 28 دولة.", "2024-07-18").events.filter((e) => e.type === "meeting"), []);
});

test("'كبير مستشاري الرئيس X' is an adviser ('المستشار الأمريكي' later), and his ب-counterpart is found past his long title", () => {
  const doc = extract("بنغازي - اجتمع كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية مسعد بولس، اليوم الخميس، بالمشير خليفة حفتر. كما عقد المستشار الأمريكي في العاصمة جلسة مباحثات منفصلة مع وزير الخارجية الليبي.", "2025-07-24");
  const m = doc.events.filter((e) => e.type === "meeting");
  assert.equal(m.length, 2);
  assert.ok(m.every((e) => e.participants.some((p) => p.name === "مسعد بولس")), dyads(m).join("; "));
});

test("the two a dual title names were received together, not met each other; a name after a title opens with و only if the base knows it", () => {
  const doc = extract("المنفي يستقبل سفيري إيطاليا واليونان ويبحث معهما التحضيرات للمؤتمر", "2021-10-14");
  assert.ok(!doc.events.some((e) => e.participants.every((p) => (p.title ?? "").includes("سفير"))), dyads(doc.events).join("; "));
  const notables = extract("الكوني يزور سبها ويلتقي عميد البلدية وأعيان المدينة", "2022-08-04");
  // (the notables are a party of their own, not the name of the mayor)
  assert.ok(!notables.mentions.some((m) => m.text.includes("البلدية وأعيان")));
  assert.ok(!notables.entities.some((e) => (e.name ?? "").includes("أعيان")));
});

test("an encounter later the same day does not take the city of a trip of another month", () => {
  const doc = extract("طرابلس – استقبل وزير الداخلية الليبي عماد الطرابلسي، أمس الأربعاء بديوان الوزارة، سفير إيطاليا لدى ليبيا. ويأتي اللقاء استكمالا لمخرجات الزيارة التي أجراها الطرابلسي إلى روما الشهر الماضي، والتي التقى خلالها وزير الداخلية الإيطالي ماتيو بيانتيدوزي. كما التقى الطرابلسي، في وقت لاحق من اليوم نفسه بمكتبه، سفير مالطا لدى ليبيا.", "2023-06-08");
  const malta = doc.events.find((e) => e.participants.some((p) => (p.title ?? "").includes("مالطا")));
  assert.equal(malta?.location?.name, "طرابلس");
});

test("'أجرى الوزيران اتصالا مع X': the two ministers the article's last encounter had, between the light verb and its noun", () => {
  const doc = extract("طرابلس – عقد وزير الداخلية الليبي فتحي باشاغا ونظيرته الإيطالية لوتشانا لامورجيزي أمس اجتماعا ثنائيا. وفي مساء اليوم ذاته، أجرى الوزيران اتصالا مرئيا مشتركا مع المفوضة الأوروبية للشؤون الداخلية يلفا يوهانسون.", "2020-07-17");
  assert.deepEqual(dyads(doc.events.filter((e) => e.type === "call")), ["فتحي باشاغا – يلفا يوهانسون", "لوتشانا لامورجيزي – يلفا يوهانسون"]);
});

test("'حيث جرى استقباله/استقبالهما من قبل X': X received the one or the pair the sentence told of", () => {
  const one = extract("وصل وزير الخارجية الإيطالي أنطونيو تاياني إلى طرابلس أمس، حيث جرى استقباله من قبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2023-01-29");
  assert.deepEqual(dyads(one.events), ["أنطونيو تاياني – عبد الحميد الدبيبة"]);
  const two = extract("وكان وزير الداخلية الإيطالي ماتيو بيانتيدوزي ووزير الداخلية المالطي بايرون كاميليري قد وصلا إلى طرابلس أمس، حيث جرى استقبالهما من قبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2023-05-10");
  assert.deepEqual(dyads(two.events), ["بايرون كاميليري – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – ماتيو بيانتيدوزي"]);
});

test("'فالرجل الذي …، استقبل Y': the man is the one the sentence before was about, not someone named in his relative clause", () => {
  const doc = extract("بدا المشير خليفة حفتر حريصا على حضور المؤتمر. فالرجل الذي غادر موسكو دون أن يوقع الوثيقة التي وقعها خصمه فايز السراج، استقبل أمس في بنغازي وزير الخارجية الألماني هايكو ماس.", "2020-01-17");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – هايكو ماس"]);
});

test("'زارت … طرابلس ثم بنغازي، حيث التقت A في الأولى وB في الثانية': she met both, on the day given, and the story's day stays its own", () => {
  const doc = extract("طرابلس - عقدت رئيسة الوزراء الإيطالية جورجيا ميلوني أمس لقاء مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة. وتعد هذه الزيارة الثانية لميلوني إلى ليبيا خلال شهرين، إذ زارت في السابع من مايو الماضي طرابلس ثم بنغازي، حيث التقت الدبيبة في الأولى والمشير خليفة حفتر في الثانية. كما استقبل الدبيبة نائب رئيسة المفوضية الأوروبية مارغاريتيس شيناس.", "2024-07-18");
  const m = doc.events.filter((e) => e.type === "meeting");
  const on = (name: string) => m.filter((e) => e.participants.some((p) => p.name === name)).map((e) => e.date?.value).sort();
  assert.deepEqual(on("خليفة حفتر"), ["2024-05-07"]);
  assert.deepEqual(on("جورجيا ميلوني"), ["2024-05-07", "2024-05-07", "2024-07-17"]);
  assert.deepEqual(on("مارغاريتيس شيناس"), ["2024-07-17"]);
});

test("'حفتر الابن' is the son the article named; 'المسؤول الليبي' is the Libyan it told of last", () => {
  const son = extract("أنقرة - استقبل وزير الدفاع التركي يشار غولر، الخميس، صدام حفتر في مقر الوزارة. وفي اليوم التالي، عقد حفتر الابن اجتماعا منفصلا مع رئيس الأركان العامة التركي الجنرال متين غوراك.", "2025-04-05");
  assert.deepEqual(dyads(son.events), ["صدام حفتر – متين غوراك", "صدام حفتر – يشار غولر"]);
  const official = extract("روما - التقى وزير الدفاع الإيطالي غويدو كروسيتو، الثلاثاء، خالد حفتر. وفي اليوم التالي، استقبل وزير الداخلية ماتيو بيانتيدوزي المسؤول الليبي في مقر الوزارة.", "2025-05-23");
  assert.deepEqual(dyads(official.events), ["خالد حفتر – غويدو كروسيتو", "خالد حفتر – ماتيو بيانتيدوزي"]);
});

test("'بحثت الأسبوع الماضي في اتصال هاتفي مع X': the call is how the verb's encounter took place, past a word of time", () => {
  const doc = extract("وكانت الممثلة العليا للسياسة الخارجية كايا كالاس قد بحثت الأسبوع الماضي في اتصال هاتفي مع رئيس المجلس الرئاسي الليبي محمد المنفي العملية السياسية.", "2025-03-13");
  assert.deepEqual(doc.events.filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join(" – ")), ["كايا كالاس – محمد المنفي"]);
});

test("'وفي بروكسل، التقى X Y': a place fronted with وفي is where they met, over the dateline", () => {
  const doc = extract("روما - وفي بروكسل، التقى رئيس المجلس الرئاسي فائز السراج أمس الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل.", "2020-01-09");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "بروكسل");
});

test("a surname that is more often a word (سلامة) is the person named before where a person is expected", () => {
  const doc = extract("التقى المبعوث الأممي إلى ليبيا غسان سلامة، أمس الأربعاء، رئيس المجلس الرئاسي فائز السراج في طرابلس. وقال مصدر دبلوماسي إن رئيس المجلس الأعلى للدولة خالد المشري التقى سلامة السبت الماضي في طرابلس.", "2018-09-13");
  assert.deepEqual(dyads(doc.events), ["خالد المشري – غسان سلامة", "غسان سلامة – فائز السراج"]);
});

test("'كان A وB وC قد اجتمعوا في تونس': a plural verb after people joined by و — they all met", () => {
  const doc = extract("وكان وزير الخارجية التونسي خميس الجهيناوي ووزير الخارجية المصري سامح شكري ووزير الخارجية الجزائري عبد القادر مساهل قد اجتمعوا في تونس في العشرين من فبراير الماضي.", "2017-05-04");
  const m = doc.events.filter((e) => e.type === "meeting");
  assert.deepEqual(dyads(m), ["خميس الجهيناوي – سامح شكري", "خميس الجهيناوي – عبد القادر مساهل", "سامح شكري – عبد القادر مساهل"]);
  assert.ok(m.every((e) => e.date?.value === "2017-02-20" && e.location?.name === "تونس"));
});

test("the two or three guests told of before, as a subject: \"المسؤولتان الأوروبيتان\"، \"الثلاثي الأوروبي\"", () => {
  const two = extract("استقبل الرئيس التونسي قيس سعيد المفوضة الأوروبية إيلفا يوهانسون ووزيرة الداخلية الإيطالية لوتشانا لامورجيزي. " +
    "وبعد ذلك عقدت المسؤولتان الأوروبيتان جلسة عمل مع رئيس الحكومة هشام المشيشي.", "2021-05-21");
  const withPm = dyads(two.events).filter((d) => d.includes("المشيشي"));
  assert.deepEqual(withPm, ["لوتشانا لامورجيزي – هشام المشيشي", "هشام المشيشي – يلفا يوهانسون"]); // (the base spells her يلفا)
  const three = extract("جمع لقاء أمس الرئيس التونسي قيس سعيد برئيسة المفوضية الأوروبية أورسولا فون دير لاين ورئيسة الوزراء الإيطالية جورجيا ميلوني ورئيس الوزراء الهولندي مارك روته. " +
    "وكان الثلاثي الأوروبي قد زار تونس في 11 يونيو الماضي، حيث التقى الرئيس سعيد.", "2023-07-17");
  const june = three.events.filter((e) => e.date?.value === "2023-06-11");
  assert.deepEqual(dyads(june), ["أورسولا فون دير لاين – قيس سعيد", "جورجيا ميلوني – قيس سعيد", "قيس سعيد – مارك روته"]);
});

test("after حيث the verb goes on with the visitor: \"زار X طرابلس، حيث التقى A وB\" is X meeting each", () => {
  const doc = extract("وكان وزير الدفاع الإيطالي ماريو ماورو قد زار طرابلس في سبتمبر الماضي، حيث التقى رئيس الحكومة علي زيدان ورئيس الأركان العامة.", "2013-11-20");
  assert.deepEqual(dyads(doc.events), ["رئيس الأركان العامة – ماريو ماورو", "علي زيدان – ماريو ماورو"]);
});

test("a surname behind ب right after a call is whom one called, though the word is also a city (بليون)", () => {
  const doc = extract("التقى المبعوث الأممي إلى ليبيا برناردينو ليون رئيس المؤتمر الوطني العام نوري أبو سهمين في طرابلس. " +
    "وأجرى وزير الخارجية الإيطالي باولو جنتيلوني مساء أمس اتصالا هاتفيا بليون.", "2015-06-10");
  assert.ok(dyads(doc.events).includes("باولو جنتيلوني – برناردينو ليون"));
});

test("a bare weekday in the headline may be ahead; the opening sentence's day is the story's", () => {
  const doc = extract("مؤتمر روما يدعم الحوار.. والتوقيع الخميس\nأعلن المشاركون في المؤتمر الدولي الذي عقد في روما أمس الأحد دعمهم للحوار. " +
    "وعلى هامش المؤتمر، عقد وزير الخارجية الإيطالي باولو جنتيلوني جلسة محادثات مع وزير الخارجية المصري سامح شكري.", "2015-12-14");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.date?.value, "2015-12-13");
});

test("a first line that is the lead itself gives the story's day with 'أمس'; a short one may be a site's name", () => {
  const rest = "وكانت الوزارة قد أعلنت أمس الأول موعد الاجتماع.\nوكان شكري قد التقى وزير الخارجية الجزائري رمطان لعمامرة في الجزائر يوم 10 أغسطس.\n" +
    "وقبيل الاجتماع، التقى شكري نظيره التونسي المنجي الحامدي.";
  const lead = "أكد وزير الخارجية المصري سامح شكري أن اجتماع وزراء خارجية دول الجوار الذي استضافته القاهرة أمس وضع خطة واضحة لدعم الاستقرار في ليبيا.\n";
  const tunisian = (text: string) => extract(text, "2014-08-26").events.find((e) => e.participants.some((p) => p.name === "المنجي الحامدي"))?.date?.value;
  assert.equal(tunisian(lead + rest), "2014-08-25");
  // ("أخبار اليوم" above it is the site, and the day the body gives first is the story's)
  assert.equal(tunisian("أخبار اليوم\n" + rest), "2014-08-24");
});

test("a headline under a site's name and a dateline line sums up the body's reports: one event per pair, on the body's day", () => {
  const doc = extract("منصة الأخبار الليبية • حيث يبدأ الخبر\nطرابلس | 17 أبريل 2025\nالباعور يستقبل السفير التركي ويبحث مع أورلاندو وألبيريني ملف الهجرة\n" +
    "استقبل المكلف بتسيير مهام وزارة الخارجية الطاهر الباعور، اليوم الخميس بديوان الوزارة، سفير تركيا لدى ليبيا كنعان يلماز.\n" +
    "وفي لقاء منفصل، استقبل الباعور أمس الأربعاء رئيس بعثة الاتحاد الأوروبي لدى ليبيا نيكولا أورلاندو، وسفير إيطاليا جانلوكا ألبيريني، لبحث ملف الهجرة.", "2025-04-17");
  const withOrlando = doc.events.filter((e) => e.participants.some((p) => p.name === "الطاهر الباعور") && e.participants.some((p) => p.name === "نيكولا أورلاندو"));
  assert.deepEqual(withOrlando.map((e) => e.date?.value), ["2025-04-16"]);
});

test("'خلال لقائها أمس في قصر كيجي X': a possessed meeting noun's object past في and the place; 'القمة في نسختها' has no pronoun", () => {
  const doc = extract("أكدت رئيسة الوزراء الإيطالية جورجيا ميلوني، خلال لقائها أمس في روما رئيس المجلس الرئاسي الليبي محمد المنفي، دعم بلادها للمسار السياسي.", "2025-03-14");
  assert.deepEqual(dyads(doc.events), ["جورجيا ميلوني – محمد المنفي"]);
  const none = extract("وكان الرئيس المصري عبد الفتاح السيسي، بصفته رئيس القمة في نسختها الحالية، قد تسلم مشروع البروتوكول من رئيس الأركان محمود فوزي.", "2015-07-20");
  assert.deepEqual(dyads(none.events), []);
});

test("'اختتم برنامجه بزيارة قاعدة تارانتو، حيث كان في استقباله Y': the site the sentence's visit names is where they met, not the city of the meeting before", () => {
  const doc = extract("روما - التقى رئيس الأركان الليبي محمد الحداد، أمس في روما، رئيس أركان الدفاع الإيطالي جوزيبي كافو دراغوني.\n" +
    "واختتم الحداد برنامجه اليوم بزيارة قاعدة تارانتو البحرية، حيث كان في استقباله قائد البحرية الإيطالية إنريكو كريديندينو.", "2022-05-27");
  const ev = doc.events.find((e) => e.participants.some((p) => p.name === "إنريكو كريديندينو"));
  assert.equal(ev?.location?.name, "تارانتو");
});

test("'استقبل وكيل الوزارة جورجيو موليه الحداد': the ال-surname of the one named before ends a foreign name — he is whom the verb's subject received", () => {
  const doc = extract("وصل رئيس الأركان الليبي محمد الحداد إلى روما أمس.\nواستقبل وكيل وزارة الدفاع الإيطالية جورجيو موليه الحداد بمقر الوزارة.", "2022-05-27");
  assert.deepEqual(dyads(doc.events), ["جورجيو موليه – محمد الحداد"]);
});

test("'وصل A وB … إلى طرابلس، حيث عقدا اجتماعا مع C': the dual verb after حيث is the pair the sentence brought there", () => {
  const doc = extract("وصل وزير الدفاع التركي خلوصي أكار ووزير الخارجية مولود جاويش أوغلو، يوم الخميس، إلى العاصمة الليبية طرابلس في زيارة لم يعلن عنها، حيث عقدا اجتماعا مع رئيس المجلس الرئاسي فائز السراج.", "2020-09-17");
  assert.deepEqual(dyads(doc.events), ["خلوصي أكار – فائز السراج", "فائز السراج – مولود جاويش أوغلو"]);
});

test("'وكان X قد ناقش الملف الليبي في اتصال هاتفي مع Y': past what was discussed, the call is how the verb's encounter took place", () => {
  const doc = extract("وكان لافروف قد ناقش الملف الليبي في اتصال هاتفي مع نظيره التركي مولود تشاووش أوغلو يوم الاثنين الماضي.", "2021-06-10");
  assert.deepEqual(doc.events.filter((e) => e.type === "call" || e.type === "meeting").map((e) => `${e.type} ${e.participants.map((p) => p.name).join(" – ")}`),
    ["call سيرغي لافروف – مولود جاويش أوغلو"]);
});

test("'في وقت سابق من اليوم نفسه' goes back to the story's day, not to a day said to be ahead ('24 ديسمبر المقبل')", () => {
  const doc = extract("أجرى وزير الخارجية الروسي سيرغي لافروف اليوم الخميس اتصالا هاتفيا مع وزيرة الخارجية الليبية نجلاء المنقوش.\n" +
    "وأكد الجانبان أهمية إجراء الانتخابات في 24 ديسمبر المقبل.\nوفي وقت سابق من اليوم نفسه، استقبل نائب وزير الخارجية الروسي ميخائيل بوغدانوف سفير ليبيا لدى روسيا.", "2021-06-10");
  const ev = doc.events.find((e) => e.participants.some((p) => p.name === "ميخائيل بوغدانوف"));
  assert.equal(ev?.date?.value, "2021-06-10");
  assert.equal(ev?.status, "happened");
});

test("'خلال زيارتي الأخيرة إلى بنغازي التقيت X': the trip the encounter happened during went there, quoted or reported", () => {
  for (const text of ['وقال وزير الداخلية الإيطالي ماتيو بيانتيدوزي في روما: "خلال زيارتي الأخيرة إلى بنغازي التقيت المشير خليفة حفتر".',
    "وقال وزير الداخلية الإيطالي ماتيو بيانتيدوزي في روما إنه خلال زيارته الأخيرة إلى بنغازي التقى المشير خليفة حفتر."]) {
    const ev = extract(text, "2023-04-14").events.find((e) => e.type === "meeting");
    assert.equal(ev?.location?.name, "بنغازي", text);
  }
});

test("an unknown untitled name just past a site's word is the site's name ('في قصر أوبرج دي كاستيل'), no one met there", () => {
  const doc = extract("وأكد رئيس الوزراء المالطي جوزيف موسكات أن الزيارة أرجئت، مذكرا بأنه استقبل السراج في قصر أوبرج دي كاستيل بفاليتا في فبراير الماضي.", "2019-04-10");
  assert.deepEqual(dyads(doc.events), ["جوزيف موسكات – فائز السراج"]);
});

test("'أن الوزيرين أجريا اتصالا مع Z': the dual after أن, written with ين, is the two who met last — both called Z", () => {
  const doc = extract("التقى وزير الخارجية الإيطالي لويجي دي مايو نظيره المالطي إيفاريست بارتولو أمس في فاليتا.\n" +
    "وأوضح البيان أن الوزيرين أجريا خلال الاجتماع اتصالا مرئيا مع الممثل الأعلى للاتحاد الأوروبي جوزيب بوريل.", "2020-10-29");
  const calls = doc.events.filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join(" – ")).sort();
  assert.deepEqual(calls, ["إيفاريست بارتولو – جوزيب بوريل", "جوزيب بوريل – لويجي دي مايو"]);
});

test("'التقى سلف X، الوزير Y': the one named after 'سلف' is not whom he met — the apposition is", () => {
  const doc = extract("استقبل رئيس الحكومة أسامة حماد وزير الإسكان المصري شريف الشربيني.\nوكان حماد قد التقى سلف الشربيني، الوزير عاصم الجزار، في بنغازي في أكتوبر 2023.", "2024-09-11");
  assert.deepEqual(dyads(doc.events).sort(), ["أسامة حماد – شريف الشربيني", "أسامة حماد – عاصم الجزار"]);
  assert.equal(doc.events.filter((e) => e.participants.some((p) => p.name === "شريف الشربيني")).length, 1);
});

test("a bare 'رئيس' said of the head of a company does not let 'رئيس الحكومة X' claim him; 'شركة المقاولون العرب' is the company's whole name", () => {
  const doc = extract("بنغازي - عقد وزير التخطيط بالحكومة الليبية اليوم اجتماعا مع وفد مصري برئاسة رئيس مجلس إدارة شركة المقاولون العرب، خصص لبحث خطة الإعمار.\n" +
    "من جهته، أكد رئيس الوفد المصري أن الشركة دفعت بمهندسين إلى درنة.\n" +
    "وكان رئيس الحكومة أسامة حماد قد تلقى مساء الاثنين اتصالا هاتفيا من رئيس مجلس الوزراء المصري مصطفى مدبولي.", "2023-10-05");
  const meeting = doc.events.find((e) => e.type === "meeting");
  assert.deepEqual(meeting?.participants.map((p) => p.name ?? p.title), ["وزير التخطيط بالحكومة الليبية", "رئيس مجلس إدارة شركة المقاولون العرب"]);
  assert.ok(!doc.entities.some((e) => e.name === "أسامة حماد" && e.titles.some((t) => t.includes("شركة"))));
});

test("a country said right after whom the verb met, however long his title, is where they met ('التقى محافظ المصرف المركزي X في تونس')", () => {
  const doc = extract("طرابلس - عقد وزير المالية خالد المبروك أمس اجتماعا عبر الاتصال المرئي مع المدير الإقليمي للبنك الدولي جيسكو هنتشل.\n" +
    "وكان هنتشل قد التقى محافظ مصرف ليبيا المركزي الصديق الكبير في تونس خلال أبريل الماضي، حيث بحثا توحيد سعر الصرف.", "2021-06-24");
  const ev = doc.events.find((e) => e.participants.some((p) => p.name === "الصديق الكبير"));
  assert.equal(ev?.location?.name, "تونس");
});

test("'لقاء جمع المبعوث الفرنسي بالمشير X': a title-only member is not stacked on the one behind ب — the two met", () => {
  const doc = extract("وتأتي زيارة الرئيس بعد لقاء جمع المبعوث الفرنسي بالمشير خليفة حفتر في مدينة بنغازي.", "2023-06-23");
  const ev = doc.events.find((e) => e.type === "meeting");
  assert.deepEqual(ev?.participants.map((p) => p.name ?? p.title), ["المبعوث الفرنسي", "خليفة حفتر"]);
});

test("credentials handed over, or received, are an encounter of the envoy and the official ('سلّم … نسخة من أوراق اعتماده'، 'تسلم … أوراق اعتماد سفير X')", () => {
  const given = extract("وكان السفير التركي كوفن بيقيتش قد سلّم وزير الخارجية الطاهر الباعور نسخة من أوراق اعتماده الشهر الماضي.", "2024-07-08");
  // (the base writes the Turkish ambassador's name its own way)
  assert.deepEqual(dyads(given.events), ["الطاهر الباعور – غوفن بيغيتش"]);
  const received = extract("تسلم رئيس المجلس الرئاسي محمد المنفي اليوم أوراق اعتماد سفير إيطاليا الجديد جانلوكا ألبيريني.", "2024-07-08");
  assert.deepEqual(dyads(received.events), ["جانلوكا ألبيريني – محمد المنفي"]);
  // (a copy of the credentials mentioned with no one to hand them to is no encounter)
  assert.deepEqual(dyads(extract("قدم السفير الجديد أوراق اعتماده.", "2024-07-08").events), []);
});

test("\"عشية\" (on the eve of) after a title is no name", () => {
  const doc = extract("زيدان يستقبل السفير الإيطالي عشية مؤتمر روما", "2014-03-05");
  assert.ok(!doc.entities.some((e) => e.name === "عشية"));
});

test("\"في العاصمة الإيطالية\" is Rome, and may stand between a gathering verb and those it brought together", () => {
  const doc = extract("جمع لقاء في العاصمة الإيطالية، أمس الجمعة، رئيس مجلس النواب الليبي عقيلة صالح ورئيس المجلس الأعلى للدولة عبد الرحمن السويحلي.", "2017-04-22");
  const ev = doc.events.find((e) => e.type === "meeting");
  assert.deepEqual(dyads(doc.events), ["عبد الرحمن السويحلي – عقيلة صالح"]);
  assert.equal(ev?.location?.name, "روما");
  assert.equal(ev?.date?.value, "2017-04-21");
});

test("ل of purpose on a verb of meeting is what one set out to do: \"محاولة لجمع X وY\" is not a meeting held", () => {
  const doc = extract("ويأتي ذلك بعد تعثر محاولة مصرية لجمع رئيس المجلس الرئاسي فائز السراج والمشير خليفة حفتر في القاهرة.", "2017-04-22");
  assert.deepEqual(dyads(doc.events), []);
  assert.deepEqual(dyads(doc.events, "planned"), ["خليفة حفتر – فائز السراج"]);
});

test("a title after a titled name and a verb is its object, though a body where they met follows", () => {
  // (no nationality tells them apart)
  const doc = extract("وفي وقت لاحق، التقى رئيس الوزراء باولو جنتيلوني رئيس مجلس النواب في قصر كيجي.", "2017-04-22");
  assert.deepEqual(dyads(doc.events), ["باولو جنتيلوني – رئيس مجلس النواب"]);
});

test("a surname named before, after و, is another person: \"صالح والسويحلي\"", () => {
  const doc = extract("التقى رئيس مجلس النواب عقيلة صالح رئيس المجلس الأعلى للدولة عبد الرحمن السويحلي في روما. ومن المقرر أن يلتقي صالح والسويحلي مجددا الشهر المقبل.", "2017-04-22");
  assert.ok(!doc.entities.some((e) => e.name.includes("والسويحلي")));
});

test("a surname that is also an ordinary word opens a headline before a verb of encounter: the envoy, not 'safety'", () => {
  const doc = extract("سلامة يلتقي عقيلة صالح وحفتر في شرق ليبيا\nزار المبعوث الأممي غسان سلامة أمس الثلاثاء مدينة القبة، حيث التقى رئيس مجلس النواب عقيلة صالح.", "2017-08-09");
  assert.ok(!dyads(doc.events).includes("خليفة حفتر – عقيلة صالح"));
  assert.ok(dyads(doc.events).includes("خليفة حفتر – غسان سلامة"));
});

test("\"إلى منطقة الرجمة\" places what the trip's next clause tells", () => {
  const doc = extract("ثم توجه المبعوث الأممي غسان سلامة إلى منطقة الرجمة شرق بنغازي، حيث عقد جلسة محادثات مع المشير خليفة حفتر.", "2017-08-09");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "الرجمة");
});

test("a surname that is also an ordinary word, named before, is a person right after a verb's subject (VSO)", () => {
  const doc = extract("وكان المبعوث الأممي غسان سلامة قد عرض خطته في نيويورك. وعلى هامش الاجتماع، التقى وزير الخارجية الإيطالي أنجلينو ألفانو سلامة، وأكد له دعم روما.", "2017-09-28");
  assert.deepEqual(dyads(doc.events), ["أنجلينو ألفانو – غسان سلامة"]);
  // (he is read there, not carried in from before)
  const salame = doc.entities.find((e) => e.name === "غسان سلامة");
  assert.equal(doc.mentions.filter((m) => m.text === "سلامة" && m.entity === salame?.id).length, 1);
});

test("those who came with the one received met the host, past the reception's place and day; إلى جانب adds to a delegation", () => {
  const withPlace = extract("وكان الرئيس التونسي قيس سعيد قد استقبل رئيسة الوزراء الإيطالية جورجيا ميلوني في قصر قرطاج في 16 يوليو الجاري، برفقة رئيسة المفوضية الأوروبية أورسولا فون دير لاين ورئيس الوزراء الهولندي مارك روته.", "2023-07-24");
  assert.deepEqual(dyads(withPlace.events), ["أورسولا فون دير لاين – قيس سعيد", "جورجيا ميلوني – قيس سعيد", "قيس سعيد – مارك روته"]);
  const alongside = extract("استقبل الرئيس التونسي قيس سعيد، أمس الاثنين بقصر قرطاج، وفدا ضم وزيرة الداخلية الإيطالية لوتشانا لامورجيزي ووزير الخارجية لويجي دي مايو، إلى جانب مفوض الجوار والتوسع أوليفر فارهيلي.", "2020-08-18");
  assert.deepEqual(dyads(alongside.events), ["أوليفر فارهيلي – قيس سعيد", "قيس سعيد – لوتشانا لامورجيزي", "قيس سعيد – لويجي دي مايو"]);
});

test("\"التقى X بمقر المجلس\" is where they met; an ordinary-word surname named before is the subject between verb and ب", () => {
  const seat = extract("زار اللواء عباس كامل طرابلس، حيث التقى رئيس المجلس الرئاسي محمد المنفي بمقر المجلس.", "2021-11-18");
  assert.deepEqual(dyads(seat.events), ["عباس كامل – محمد المنفي"]);
  const kamel = extract("زار اللواء عباس كامل طرابلس أمس. وفي اليوم ذاته، اجتمع كامل برئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2021-11-18");
  assert.deepEqual(dyads(kamel.events), ["عباس كامل – عبد الحميد الدبيبة"]);
});

test("two who co-chaired a joint committee met; one alone chairing a meeting met no one; ترأس is no feminine present", () => {
  const co = extract("ترأس رئيس مجلس الوزراء المصري مصطفى مدبولي، ورئيس حكومة الوحدة الوطنية الليبية عبد الحميد الدبيبة، أمس الخميس، أعمال اللجنة العليا المشتركة بالقاهرة.", "2021-09-17");
  assert.deepEqual(dyads(co.events), ["عبد الحميد الدبيبة – مصطفى مدبولي"]);
  const alone = extract("ترأس رئيس الحكومة عبد الحميد الدبيبة اجتماعا لمجلس الوزراء في طرابلس.", "2021-09-17");
  assert.deepEqual(dyads(alone.events), []);
});

test("\"في لقاء جمعهم\" gathered the people joined before it, and the one who chaired it met them too", () => {
  const doc = extract("اتفق رئيس المجلس الرئاسي محمد المنفي ورئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة محمد تكالة على تشكيل حكومة موحدة، وذلك في لقاء جمعهم، أمس الأحد، بمقر جامعة الدول العربية في القاهرة، ترأسه الأمين العام للجامعة أحمد أبو الغيط.", "2024-03-11");
  assert.deepEqual(dyads(doc.events), ["أحمد أبو الغيط – عقيلة صالح", "أحمد أبو الغيط – محمد المنفي", "أحمد أبو الغيط – محمد تكالة", "عقيلة صالح – محمد المنفي", "عقيلة صالح – محمد تكالة", "محمد المنفي – محمد تكالة"]);
});

test("\"استقبل X الوزيرين\" received the two who had just met someone together", () => {
  const doc = extract("أجرى وزير الداخلية الفرنسي جيرالد دارمانان ونظيرته الألمانية نانسي فايزر، أمس الاثنين، مباحثات في تونس مع وزير الداخلية التونسي كمال الفقي. " +
    "وأعلن دارمانان في ختام الاجتماع أن باريس ستقدم مساعدة. ثم استقبل الرئيس قيس سعيد الوزيرين في قصر قرطاج.", "2023-06-20");
  const withSaied = dyads(doc.events).filter((d) => d.includes("قيس سعيد"));
  assert.equal(withSaied.length, 2);
  assert.ok(withSaied.some((d) => d.includes("دارمانان")) && withSaied.some((d) => !d.includes("دارمانان")));
});

test("one only present does not stop a meeting; \"الضيف المالطي\" is the story's visitor, not the minister who came along", () => {
  const doc = extract("زار رئيس الوزراء المالطي روبرت أبيلا العاصمة الليبية طرابلس أمس الأربعاء، حيث التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة بحضور وزير الداخلية المالطي بايرون كاميليري. " +
    "واستقبل رئيس المجلس الرئاسي محمد المنفي الضيف المالطي في وقت لاحق من اليوم نفسه.", "2023-05-18");
  assert.deepEqual(dyads(doc.events), ["روبرت أبيلا – عبد الحميد الدبيبة", "روبرت أبيلا – محمد المنفي"]);
});

test("\"استهل لقاءاته بـ X\" is a meeting with X; a ministry's long name with و keeps its holder", () => {
  const began = extract("عقد المبعوث الخاص يان كوبيش اليوم في طرابلس سلسلة لقاءات. واستهل المبعوث الخاص لقاءاته برئيس المجلس الرئاسي، السيد محمد المنفي، حيث ناقشا التحضيرات للمؤتمر.", "2021-06-15");
  assert.deepEqual(dyads(began.events), ["محمد المنفي – يان كوبيش"]);
  const ministry = extract("استقبل وزير الداخلية والجماعات المحلية والتهيئة العمرانية، نور الدين بدوي، اليوم الأحد بالجزائر العاصمة، رئيس بعثة المنظمة الدولية للهجرة بالجزائر.", "2018-03-11");
  assert.deepEqual(dyads(ministry.events), ["رئيس بعثة المنظمة الدولية للهجرة بالجزائر – نور الدين بدوي"]);
  // (a portfolio list with adjectives: public security, decentralisation, religious affairs)
  const sahel = extract("استقبل وزير الدولة، وزير الداخلية والأمن العمومي واللامركزية والشؤون الدينية، عمر حسن، أمس في مكتبه ممثل المنظمة الدولية للهجرة.", "2019-02-12");
  assert.deepEqual(dyads(sahel.events), ["عمر حسن – ممثل المنظمة الدولية للهجرة"]);
});

test("after a visit of the one named, و goes on with him: \"زار X طرابلس، والتقى A وB\" is X meeting each", () => {
  const svo = extract("وكان وزير الخارجية الجزائري أحمد عطاف قد زار طرابلس مطلع الشهر الجاري، والتقى المنفي ورئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في لقاءين منفصلين.", "2023-06-15");
  assert.deepEqual(dyads(svo.events), ["أحمد عطاف – عبد الحميد الدبيبة", "أحمد عطاف – محمد المنفي"]);
  const vso = extract("وصل الوزير الجزائري أحمد عطاف إلى طرابلس، والتقى المنفي والدبيبة.", "2023-06-15");
  assert.deepEqual(dyads(vso.events), ["أحمد عطاف – عبد الحميد الدبيبة", "أحمد عطاف – محمد المنفي"]);
});

test("\"الوفد الأوروبي\" with no members listed is the guests the host just received", () => {
  const doc = extract("استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، أمس الثلاثاء في طرابلس، المفوض الأوروبي للشؤون الداخلية والهجرة ماغنوس برونر ووزير الداخلية الإيطالي ماتيو بيانتيدوزي. " +
    "وعقد الوفد الأوروبي بعد ذلك اجتماعا موسعا مع وزير الداخلية المكلف عماد الطرابلسي.", "2025-07-09");
  const withTrabelsi = dyads(doc.events).filter((d) => d.includes("الطرابلسي"));
  assert.deepEqual(withTrabelsi, ["عماد الطرابلسي – ماتيو بيانتيدوزي", "عماد الطرابلسي – ماغنوس برونر"]);
});

test("one who came with the subject (رفقة، بمعية) met the counterpart too; رفقة is no name", () => {
  const doc = extract("وفي وقت سابق من اليوم نفسه، عقد الوزير الأول عبد العزيز جراد، رفقة وزير الشؤون الخارجية صبري بوقادوم، جلسة محادثات موسعة مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2021-05-31");
  assert.equal(dyads(doc.events).filter((d) => d.includes("الدبيبة")).length, 2);
  assert.ok(!doc.entities.some((e) => e.name === "رفقة"));
});

test("a European name keeps its particles (لو، دو) after a title; 'اليوم نفسه' is not a day something is due on", () => {
  const doc = extract("استقبل رئيس المجلس الرئاسي محمد المنفي، أمس الأربعاء في طرابلس، سفيرة فرنسا لدى ليبيا بياتريس لو فرابر دو هيلين، لبحث التحضير للانتخابات المقررة في 24 ديسمبر المقبل. " +
    "وفي سياق منفصل، اجتمعت السفيرة في اليوم نفسه بوزيرة الخارجية نجلاء المنقوش.", "2021-04-08");
  assert.ok(doc.entities.some((e) => e.name === "بياتريس لو فرابر دو هيلين"));
  const withMangoush = doc.events.find((e) => e.participants.some((p) => p.name === "نجلاء المنقوش"));
  assert.equal(withMangoush?.date?.value, "2021-04-07");
});

test("'في لقاء منفصل' after the subject tells how the verb's own reception took place", () => {
  const doc = extract("وكان وزير الخارجية قد استقبل سفير البرازيل جواو ألميدا. كما استقبل وزير الخارجية، في لقاء منفصل، سفيرة الأرجنتين ماريا لوبيز.", "2022-11-20");
  assert.ok(dyads(doc.events).includes("ماريا لوبيز – وزير الخارجية"), dyads(doc.events).join("; "));
});

test("a headline summing up two receptions the body tells apart: each guest met the host, not the other guest", () => {
  const doc = extract("وزير الخارجية يستقبل سفير البرازيل وسفيرة الأرجنتين\n\nاستقبل وزير الخارجية الليبي، اليوم الأحد، سفير البرازيل جواو ألميدا. كما استقبل الوزير، في لقاء منفصل، سفيرة الأرجنتين ماريا لوبيز.", "2022-11-20");
  const ds = dyads(doc.events);
  assert.equal(ds.length, 2, ds.join("; "));
  assert.ok(!ds.includes("جواو ألميدا – ماريا لوبيز"));
});

test("a gathering's members past the meeting held, an occasion between commas and a site in a city; who took part met them too", () => {
  const pair = ["جوزيبي كونتي – فائز السراج"];
  assert.deepEqual(dyads(extract("جمع لقاء عقد صباح اليوم في باليرمو رئيس الوزراء الإيطالي جوزيبي كونتي ورئيس المجلس الرئاسي فائز السراج.", "2018-11-13").events), pair);
  assert.deepEqual(dyads(extract("جمع لقاء صباح اليوم في باليرمو، على هامش المؤتمر الدولي من أجل ليبيا، رئيس الوزراء الإيطالي جوزيبي كونتي ورئيس المجلس الرئاسي فائز السراج.", "2018-11-13").events), pair);
  const site = extract("جمع لقاء صباح اليوم في قصر الزهور بمدينة باليرمو رئيس الوزراء الإيطالي جوزيبي كونتي ورئيس المجلس الرئاسي فائز السراج.", "2018-11-13").events;
  assert.deepEqual(dyads(site), pair);
  assert.equal(site[0].location?.name, "باليرمو");
  // (those present did not take part)
  const four = extract("جمع لقاء صباح اليوم رئيس الوزراء الإيطالي جوزيبي كونتي ورئيس المجلس الرئاسي فائز السراج، بمشاركة الرئيس المصري عبد الفتاح السيسي، وبحضور المبعوث الأممي غسان سلامة.", "2018-11-13").events;
  assert.deepEqual(dyads(four), ["جوزيبي كونتي – عبد الفتاح السيسي", "جوزيبي كونتي – فائز السراج", "عبد الفتاح السيسي – فائز السراج"]);
});

test("'الجانبان' between a light verb and its noun, before any encounter told: the two just named", () => {
  const doc = extract("وقع رئيس الوزراء الإيطالي باولو جنتيلوني ورئيس المجلس الرئاسي فائز السراج، أمس الخميس، مذكرة تفاهم. وعقد الجانبان قبل التوقيع جلسة محادثات تناولت دعم خفر السواحل.", "2017-02-03");
  assert.deepEqual(dyads(doc.events), ["باولو جنتيلوني – فائز السراج"]);
});

test("after a verb, a title right after a name is the object when the only one named later stands past a comma and another verb", () => {
  const doc = extract("كما التقى سالفيني وزير الداخلية المفوض بحكومة الوفاق، وتناول معه تبادل المعلومات، ودعم الإدارة العامة لأمن السواحل.", "2018-06-26");
  assert.deepEqual(dyads(doc.events), ["ماتيو سالفيني – وزير الداخلية المفوض بحكومة الوفاق"]);
});

test("a place past 'قبل أن' is where the visitor went next; a date in a relative clause on what they discussed is not the encounter's", () => {
  const trip = extract("زار وزير الخارجية الإيطالي لويجي دي مايو أمس الثلاثاء العاصمة الليبية طرابلس حيث التقى رئيس المجلس الرئاسي فائز السراج، قبل أن يتوجه إلى مدينة بنغازي.", "2019-12-18").events;
  assert.equal(trip.find((e) => e.type === "meeting")?.location?.name, "طرابلس");
  const talks = extract("التقى وزير الخارجية الإيطالي لويجي دي مايو أمس رئيس المجلس الرئاسي فائز السراج. وناقش الوزير مع السراج مذكرتي التفاهم اللتين وقعتهما حكومة الوفاق مع تركيا الشهر الماضي.", "2019-12-18").events;
  assert.deepEqual(talks.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2019-12-17"]);
  // (a relative clause on the meeting itself dates it)
  const held = extract("تناول اللقاء الذي جمع أمس وزير الخارجية الإيطالي لويجي دي مايو ورئيس المجلس الرئاسي فائز السراج ملف الهجرة.", "2019-12-18").events;
  assert.equal(held.find((e) => e.type === "meeting")?.date?.value, "2019-12-17");
});

test("the one who moved on ('قبل أن ينتقل إلى طرابلس حيث اجتمع بـ X') met X, on the same trip's date when it is told as background", () => {
  const doc = extract("وكان كونتي قد زار بنغازي في ديسمبر الماضي والتقى حفتر، قبل أن ينتقل إلى طرابلس حيث اجتمع بالسراج، في إطار مساعيه.", "2019-04-08");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => `${e.participants.map((p) => p.name).join(" – ")} ${e.date?.value} ${e.location?.name}`),
    ["جوزيبي كونتي – خليفة حفتر 2018-12 بنغازي", "جوزيبي كونتي – فائز السراج 2018-12 طرابلس"]);
});

test("'مع وفد أوروبي ضم A، وB': the members the delegation includes are met", () => {
  const doc = extract("اجتمع رئيس الحكومة عبد الحميد الدبيبة، أمس الثلاثاء في طرابلس، مع وفد أوروبي ضم وزير الداخلية الإيطالي ماتيو بيانتيدوزي، ووزير الداخلية المالطي بايرون كاميليري.", "2025-07-09");
  const ds = dyads(doc.events);
  assert.ok(ds.includes("عبد الحميد الدبيبة – ماتيو بيانتيدوزي") && ds.includes("بايرون كاميليري – عبد الحميد الدبيبة"), ds.join("; "));
});

test("a background encounter with a date far from the story's is another one; 'الوزيران' of it are the two ministers, on the phone", () => {
  const far = extract("استقبل الرئيس المصري عبد الفتاح السيسي، الأحد، رئيسة المفوضية الأوروبية أورسولا فون دير لاين في القاهرة. وكانت فون دير لاين قد التقت السيسي في نوفمبر 2022 في شرم الشيخ.", "2024-03-18");
  assert.deepEqual(far.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2024-03-17", "2022-11"]);
  const two = extract("بحث وزير الداخلية الليبي عماد الطرابلسي، أمس الثلاثاء في روما، مع وزير الداخلية الإيطالي ماتيو بيانتيدوزي ملف الهجرة. ثم انتقل الوزير الليبي إلى مقر خفر السواحل، حيث التقى قائد خفر السواحل الإيطالية. وكان الوزيران قد بحثا هاتفيا في مارس الماضي ترتيبات هذه الزيارة.", "2023-05-17");
  const call = two.events.find((e) => e.type === "call");
  assert.deepEqual(call?.participants.map((p) => p.name), ["عماد الطرابلسي", "ماتيو بيانتيدوزي"]);
  assert.equal(call?.date?.value, "2023-03");
});

test("a date in a relative clause before the encounter is not its date, unless the clause tells the trip it was part of; relations with a body are no counterpart", () => {
  const doc = extract("أعلن الرئيس التونسي قيس سعيد، مساء أمس الاثنين، رفض المبلغ الذي أعلن الاتحاد الأوروبي صرفه لتونس الشهر الماضي، وذلك خلال لقائه وزير الخارجية نبيل عمار في قصر قرطاج. وتطرق اللقاء إلى ملف الهجرة والعلاقات مع الاتحاد الأوروبي.", "2023-10-03");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => `${e.participants.map((p) => p.name).join(" – ")} ${e.date?.value}`), ["قيس سعيد – نبيل عمار 2023-10-02"]);
  const trip = extract("ويأتي هذا اللقاء استكمالا لمخرجات الزيارة التي أجراها وزير الداخلية الليبي عماد الطرابلسي إلى روما الشهر الماضي، والتي التقى خلالها وزير الداخلية الإيطالي ماتيو بيانتيدوزي.", "2023-06-08");
  assert.equal(trip.events.find((e) => e.type === "meeting")?.date?.value, "2023-05");
});

test("'عقب مباحثات أجرتها وX مع Y': the relative verb's own subject, named before, and X met Y; 'الأمين' closes a name", () => {
  const doc = extract("أعلنت رئيسة المفوضية الأوروبية أورسولا فون دير لاين، أمس الخميس، عن حزمة دعم، وذلك عقب مباحثات أجرتها ورئيس الحكومة الإسبانية بيدرو سانشيز مع الرئيس الموريتاني محمد ولد الشيخ الغزواني.", "2024-02-09");
  assert.deepEqual(dyads(doc.events), ["أورسولا فون دير لاين – محمد ولد الشيخ الغزواني", "بيدرو سانشيز – محمد ولد الشيخ الغزواني"]);
  const named = extract("التقى المدير التنفيذي للوكالة هانس ليتنس وزير الداخلية الموريتاني محمد أحمد ولد محمد الأمين، وبحث معه تعزيز مراقبة السواحل.", "2024-01-26");
  assert.ok(named.events[0]?.participants.some((p) => p.name === "محمد أحمد ولد محمد الأمين"), JSON.stringify(named.events[0]?.participants));
});

test("a verb whose subject came before it and whose objects are named: a 'مع' further on, past other words, is another noun's", () => {
  const doc = extract("زار وزير الخارجية الجزائري صبري بوقدوم طرابلس، حيث التقى رئيس المجلس الرئاسي فايز السراج ووزير الخارجية محمد طاهر سيالة، وأعقبتها مشاورات مع دول الجوار.", "2020-02-20");
  assert.deepEqual(dyads(doc.events), ["صبري بوقدوم – فائز السراج", "صبري بوقدوم – محمد سيالة"]);
  // (with the subject after the verb, مع still names whom it met)
  assert.deepEqual(dyads(extract("التقى الوزير صبري بوقدوم، أمس، مع نظيره الليبي محمد سيالة.", "2020-02-20").events), ["صبري بوقدوم – محمد سيالة"]);
});

test("a dual title of two countries with where both are posted ('سفيري البرازيل والأرجنتين لدى ليبيا'): two officials, each posted there", () => {
  const doc = extract("استقبل وزير الخارجية الليبي، أمس الثلاثاء، سفيري البرازيل والأرجنتين لدى ليبيا.", "2025-01-29");
  assert.deepEqual(doc.events.map((e) => e.participants[1]?.title).sort(), ["سفير الأرجنتين لدى ليبيا", "سفير البرازيل لدى ليبيا"]);
});

test("'التقى X Y، قبل أن يستقبله Z': him is the one who met Y, not Y", () => {
  const doc = extract("زار وزير الخارجية المالطي إيان بورغ، أمس الثلاثاء، العاصمة طرابلس، حيث التقى وزيرة الخارجية نجلاء المنقوش، قبل أن يستقبله رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في لقاء منفصل.", "2023-01-25");
  assert.deepEqual(dyads(doc.events), ["إيان بورغ – عبد الحميد الدبيبة", "إيان بورغ – نجلاء المنقوش"]);
});

test("'محادثات ثنائية مع نظيريه الليبية والتونسي' in a headline: two counterparts, met one by one, the ones the body names", () => {
  const doc = extract("لعمامرة يجري محادثات ثنائية مع نظيريه الليبية والتونسي\n\nأجرى وزير الشؤون الخارجية والجالية الوطنية بالخارج رمطان لعمامرة، أمس الاثنين، محادثات مع وزيرة الخارجية والتعاون الدولي الليبية نجلاء المنقوش. كما تباحث لعمامرة، في لقاء منفصل، مع وزير الشؤون الخارجية والهجرة والتونسيين بالخارج عثمان الجرندي.", "2021-08-31");
  assert.deepEqual(dyads(doc.events), ["رمطان لعمامرة – عثمان الجرندي", "رمطان لعمامرة – نجلاء المنقوش"]);
});

test("'وكان الرجلان قد التقيا … برعاية X': the two one person just received met, at their own date (the sponsor with them)", () => {
  const doc = extract("اجتمع رئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري، أمس الخميس، في القاهرة. وقبيل الاجتماع، استقبل وزير الخارجية المصري سامح شكري الرئيسين صالح والمشري بمقر الوزارة. وكان الرجلان قد التقيا في جنيف في يونيو الماضي برعاية المستشارة الأممية ستيفاني ويليامز.", "2023-01-06");
  const geneva = doc.events.filter((e) => e.location?.name === "جنيف");
  const told = geneva.map((e) => `${e.participants.map((p) => p.name).join(" – ")} ${e.date?.value}`);
  assert.ok(told.includes("عقيلة صالح – خالد المشري 2022-06"), told.join("; "));
  assert.ok(geneva.every((e) => e.date?.value === "2022-06"), told.join("; "));
});

test("an encounter told as background at another place is another one, even in the same month", () => {
  const doc = extract("التقى رئيس الحكومة أسامة حماد، أمس الأربعاء، رئيس مجلس النواب عقيلة صالح بمقر المجلس في بنغازي. وكان حماد قد أجرى مباحثات مع صالح في مدينة القبة مطلع الشهر الجاري.", "2024-05-16");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.location?.name), ["بنغازي", "القبة"]);
});

test("a title, a comma and a style of address before the name are one person; what was signed with a company is no counterpart", () => {
  const doc = extract("استقبلت وزيرة الخارجية والتعاون الدولي، معالي السيدة نجلاء المنقوش، اليوم الأربعاء بمقر الوزارة، سعادة سفير البرازيل لدى ليبيا، جواو ألميدا. وتناول اللقاء متابعة تنفيذ الاتفاقية الموقعة مع شركة إيني.", "2023-05-10");
  assert.deepEqual(dyads(doc.events), ["جواو ألميدا – نجلاء المنقوش"]);
  assert.equal(doc.events[0].participants.find((p) => p.name === "نجلاء المنقوش")?.title, "وزيرة الخارجية والتعاون الدولي");
});

test("a crossing said right after who met and when is where they met; one in what they discussed is not", () => {
  const met = extract("وكان وزير الداخلية التونسي خالد النوري قد اجتمع بوزير الداخلية الليبي عماد الطرابلسي مطلع الشهر الجاري بمعبر رأس جدير.", "2025-01-20");
  assert.equal(met.events.find((e) => e.type === "meeting")?.location?.name, "رأس اجدير");
  const talked = extract("اجتمع وزير الداخلية التونسي خالد النوري، أمس، بوزير الداخلية الليبي عماد الطرابلسي في تونس، وبحثا حركة العبور بمعبر رأس جدير.", "2025-01-20");
  assert.equal(talked.events.find((e) => e.type === "meeting")?.location?.name, "تونس");
});

test("a digest's items each have their own dateline, behind a bullet or an item number, over a country the item names", () => {
  const doc = extract("أبرز الأخبار\n• روما: عقد وزير الخارجية الإيطالي أنطونيو تاياني، أمس، جلسة محادثات مع نظيره اليوناني جيورجوس جيرابيتريتيس.\n• فاليتا: اجتمع رئيس الوزراء المالطي روبرت أبيلا، أمس الأول، برئيس المجلس الرئاسي الليبي محمد المنفي، الذي يقوم بزيارة إلى مالطا.\n2) تونس: التقى وزير الخارجية التونسي محمد علي النفطي، أمس، السفير الإيطالي.", "2024-12-03");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.location?.name), ["روما", "فاليتا", "تونس"]);
});

test("a gathering's relative clause dates the encounter on its margins, its host city places it; a visit still to come places nothing; working with a body is no meeting", () => {
  const doc = extract("على هامش الاجتماع الثالث لمجموعة الاتصال الدولية حول ليبيا، الذي استضافته العاصمة الإماراتية أمس، التقى رئيس المكتب التنفيذي محمود جبريل وزيرة الخارجية الأميركية هيلاري كلينتون. وقال جبريل إن كلينتون أبلغته أن إدارتها تعمل مع الكونغرس. ومن المقرر أن يزور جبريل لندن الأسبوع المقبل.", "2011-06-10");
  const met = doc.events.filter((e) => e.type === "meeting" && e.status === "happened");
  assert.deepEqual(met.map((e) => `${e.participants.map((p) => p.name).join(" – ")} ${e.date?.value} ${e.location?.name}`), ["محمود جبريل – هيلاري كلينتون 2011-06-09 أبوظبي"]);
});

test("'وكان X قد جمع A وB' — X hosted them; 'وقبل ذلك بيوم' and 'بعد يوم من لقاء' count from the day told last; 'وكان مقرراً أن' is a plan", () => {
  const doc = extract("وكان الرئيس الفرنسي إيمانويل ماكرون قد جمع، الثلاثاء، في قصر الإليزيه، رئيس المجلس الرئاسي فائز السراج والمشير خليفة حفتر. وقبل ذلك بيوم، استقبل وزير الخارجية الفرنسي جان إيف لودريان رئيس المجلس الأعلى للدولة خالد المشري. وكان مقرراً أن يعقد عقيلة صالح والمشري لقاءً ثنائياً صباح الثلاثاء.", "2018-05-31");
  const happened = doc.events.filter((e) => e.status === "happened").map((e) => `${e.participants.map((p) => p.name).join(" – ")} ${e.date?.value}`);
  assert.deepEqual(happened, ["إيمانويل ماكرون – فائز السراج 2018-05-29", "إيمانويل ماكرون – خليفة حفتر 2018-05-29", "فائز السراج – خليفة حفتر 2018-05-29", "جان إيف لودريان – خالد المشري 2018-05-28"]);
  const after = extract("استقبل رئيس الوزراء الإيطالي باولو جنتيلوني رئيس المجلس الرئاسي فائز السراج في روما يوم 26 يوليو الماضي. وجاء ذلك بعد يوم من لقاء جمع السراج والمشير خليفة حفتر قرب باريس.", "2017-09-27");
  assert.equal(after.events.find((e) => e.participants.some((p) => p.name === "خليفة حفتر"))?.date?.value, "2017-07-25");
});

test("feminine dual verbs ('وكانت A وB قد التقتا X'): the two met X", () => {
  const doc = extract("وكانت رئيسة المفوضية الأوروبية أورسولا فون دير لاين ورئيسة الوزراء الإيطالية جورجيا ميلوني قد التقتا الرئيس التونسي قيس سعيد في قصر قرطاج في يوليو الماضي.", "2023-09-18");
  assert.deepEqual(dyads(doc.events), ["أورسولا فون دير لاين – قيس سعيد", "جورجيا ميلوني – قيس سعيد"]);
});

test("'استقبل كلاً منهما على حدة' meets each of the two just told of; 'إن الأخير التقى X' is the one named last", () => {
  const doc = extract("جمع لقاء في روما، مساء الجمعة، رئيس مجلس النواب الليبي عقيلة صالح ورئيس المجلس الأعلى للدولة عبد الرحمن السويحلي. وكان وزير الخارجية الإيطالي أنجلينو ألفانو قد استقبل كلاً منهما على حدة في مقر الوزارة.", "2017-04-23");
  assert.deepEqual(dyads(doc.events), ["أنجلينو ألفانو – عبد الرحمن السويحلي", "أنجلينو ألفانو – عقيلة صالح", "عبد الرحمن السويحلي – عقيلة صالح"]);
  const latter = extract("وقال المكتب الإعلامي لرئيس المجلس الأعلى للدولة عبد الرحمن السويحلي إن الأخير التقى أمس في روما وزير الخارجية الإيطالي أنجلينو ألفانو.", "2017-04-23");
  assert.deepEqual(dyads(latter.events), ["أنجلينو ألفانو – عبد الرحمن السويحلي"]);
});

test("'أما X فقد …': an ambiguous surname the article named before is the topic's person", () => {
  const doc = extract("حضر المبعوث الأممي غسان سلامة الجلسة الافتتاحية.\nواستقبل الرئيس الفرنسي إيمانويل ماكرون رئيس المجلس الرئاسي فائز السراج.\nأما سلامة فقد عقد لقاء مع رئيس المجلس الأعلى للدولة خالد المشري.", "2018-05-30");
  assert.deepEqual(dyads(doc.events), ["إيمانويل ماكرون – فائز السراج", "خالد المشري – غسان سلامة"]);
});

test("a dispatch's own date at the head of its first line is when it was filed: the lead's 'أمس' dates the story", () => {
  const doc = extract("روما 14 يونيو 2022 (وكالات) - اختتم في العاصمة الإيطالية أمس الاثنين اجتماع وزراء الداخلية.\nوعلى هامشه، التقى وزير الداخلية الليبي خالد مازن وزيرة الداخلية الإيطالية لوتشانا لامورجيزي.", "2022-06-14");
  const ev = doc.events.find((e) => e.type === "meeting");
  assert.equal(ev?.date?.value, "2022-06-13");
});

test("a governor's title with and without its region word is one office: the headline's reception is the body's", () => {
  const doc = extract("وزير الداخلية يلتقي أعيان المدينة ويستقبل حاكم أغاديز\n\nالتقى وزير الداخلية الليبي عماد الطرابلسي، أمس الأحد، أعيان المدينة في سبها.\n\nوصباح اليوم الاثنين، استقبل الطرابلسي في سبها حاكم إقليم أغاديز النيجري والوفد المرافق له.", "2024-02-12");
  assert.equal(doc.events.filter((e) => e.type === "meeting" && e.participants.some((p) => (p.title ?? "").includes("أغاديز"))).length, 1);
});

test("a headline's 'سفيري فرنسا وإيطاليا' are the ambassadors the body names by nationality: one meeting each", () => {
  const doc = extract("رئيس مجلس النواب يستقبل سفيري فرنسا وإيطاليا\n\nاستقبل رئيس مجلس النواب عقيلة صالح، أمس الأول الاثنين، في مدينة القبة، سفير الجمهورية الفرنسية لدى ليبيا.\n\nوفي اليوم التالي، التقى صالح السفير الإيطالي لدى ليبيا، وبحث معه ملف الهجرة.", "2024-03-13");
  const meetings = doc.events.filter((e) => e.type === "meeting" && e.status === "happened");
  assert.equal(meetings.length, 2);
  assert.deepEqual(meetings.map((e) => e.date?.value).sort(), ["2024-03-11", "2024-03-12"]);
});

test("'كان X قد زار … في يناير الماضي، والتقى Y': the verb joined by و is background too, not the story's meeting with Y", () => {
  const doc = extract("وصل وزير الخارجية اليوناني نيكوس دندياس، أمس الأحد، إلى بنغازي.\nواستهل الوزير اليوناني زيارته بلقاء المشير خليفة حفتر في الرجمة.\nوكان حفتر قد زار أثينا في يناير الماضي، والتقى دندياس ورئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس.", "2020-09-14");
  const dates = doc.events.filter((e) => e.type === "meeting" && e.participants.some((p) => /Dendias/.test(p.name_en ?? ""))).map((e) => e.date?.value).sort();
  assert.deepEqual(dates, ["2020-01", "2020-09-13"]);
});

test("a background sentence's far day ('وكان X قد أعلن في 21 أغسطس') does not date the encounter before it", () => {
  const doc = extract("التقى وزير الخارجية اليوناني نيكوس دندياس رئيس مجلس النواب عقيلة صالح في بنغازي.\nوكان صالح قد أعلن في الحادي والعشرين من أغسطس الماضي دعوة إلى وقف إطلاق النار.", "2020-09-14");
  const ev = doc.events.find((e) => e.type === "meeting");
  assert.notEqual(ev?.date?.value, "2020-08-21");
});

test("'وكان X قد …': an ambiguous surname the article named before is the pluperfect's subject", () => {
  const doc = extract("حضر المبعوث الأممي غسان سلامة الجلسة.\nواستقبلت المستشارة الألمانية أنغيلا ميركل رئيس المجلس الرئاسي فائز السراج.\nوكان سلامة قد تلقى الخميس الماضي اتصالا هاتفيا من وزير الخارجية الألماني هايكو ماس.", "2020-01-20");
  assert.deepEqual(dyads(doc.events), ["أنغيلا ميركل – فائز السراج", "غسان سلامة – هايكو ماس"]);
});

test("'الوزير الإيطالي بقصر قرطاج': the palace is where he was received, not his title — he is the minister the article named", () => {
  const doc = extract("بحث وزير الداخلية الإيطالي ماتيو بيانتيدوزي الاثنين في تونس مع نظيره التونسي كمال الفقي ملف الهجرة.\nواستقبل الرئيس قيس سعيد في وقت لاحق الوزير الإيطالي بقصر قرطاج.\nوكان وزير الخارجية نبيل عمار قد تلقى الأحد اتصالا هاتفيا من نظيره الإيطالي أنطونيو تاياني.", "2023-10-10");
  assert.deepEqual(dyads(doc.events), ["أنطونيو تاياني – نبيل عمار", "قيس سعيد – ماتيو بيانتيدوزي", "كمال الفقي – ماتيو بيانتيدوزي"]);
});

test("a day the lines above the body seem to give does not set the headline's call apart from the body's", () => {
  const doc = extract("نشرة اليوم: تاياني يهاتف عبد العاطي\nالقاهرة - أجرى وزير الخارجية الإيطالي أنطونيو تاياني، الثلاثاء، اتصالا هاتفيا مع نظيره المصري بدر عبد العاطي.", "2024-10-17");
  const calls = doc.events.filter((e) => e.type === "call");
  assert.equal(calls.length, 1);
  assert.equal(calls[0].date?.value, "2024-10-15");
});

test("'اجتماعا كان مرتقبا … بين A وB': an expected meeting is planned, not held", () => {
  const doc = extract("وقال مصدر إن اجتماعا كان مرتقبا هذا الأسبوع في القاهرة بين رئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري أرجئ.", "2022-12-08");
  assert.deepEqual(dyads(doc.events), []);
});

test("'أفادت مصادر بأن X أجرت اتصالا': بأن (with its hamza) opens no name", () => {
  const doc = extract("وقالت وزيرة الداخلية الإيطالية لوتشانا لامورجيزي إن الوضع مقلق.\nمن جهة أخرى، أفادت مصادر إيطالية بأن لامورجيزي أجرت أمس اتصالا هاتفيا مع نظيرها الألماني هورست زيهوفر.", "2019-10-17");
  assert.ok(!doc.entities.some((e) => (e.name ?? "").includes("بأن")), doc.entities.map((e) => e.name).join("; "));
  assert.deepEqual(dyads(doc.events), ["لوتشانا لامورجيزي – هورست زيهوفر"]);
});

test("a timeline's item takes the day and place of the heading line above it", () => {
  const doc = extract("أبرز محطات العلاقات الليبية المالطية\nتعود العلاقات إلى الواجهة بعد زيارة أمس.\n▪️ 12 مارس 2015 - فاليتا\nرئيس الوزراء المالطي جوزيف موسكات يستقبل وزير الخارجية الليبي محمد الدايري ويبحثان إعادة فتح السفارة في طرابلس.\n▪️ يونيو 2018 - اتصال هاتفي\nوزير الخارجية المالطي كارميلو أبيلا يتلقى اتصالا من نظيره الليبي محمد سيالة.", "2024-06-11");
  const meeting = doc.events.find((e) => e.type === "meeting");
  const call = doc.events.find((e) => e.type === "call");
  assert.equal(meeting?.date?.value, "2015-03-12");
  assert.equal(meeting?.location?.name_en, "Valletta");
  assert.equal(call?.date?.value, "2018-06");
});

test("two surnames the article named before, side by side after a verb, are two people ('التقت خوري الكبير')", () => {
  const doc = extract("بحثت المبعوثة الأممية ستيفاني خوري مع رئيس الحكومة عبد الحميد الدبيبة الأزمة أمس.\nوتأتي هذه التحركات بعد أن التقت خوري الدبيبة في طرابلس مطلع الشهر الجاري.", "2024-08-22");
  assert.ok(!doc.entities.some((e) => e.name === "خوري الدبيبة"), doc.entities.map((e) => e.name).join("; "));
  assert.ok(dyads(doc.events).every((d) => d === "ستيفاني خوري – عبد الحميد الدبيبة"), dyads(doc.events).join("; "));
});

test("'رئيس الدبلوماسية' of a country is its foreign minister on that day", () => {
  const doc = extract("استقبل الرئيس التونسي قيس سعيد أمس رئيس الدبلوماسية الجزائرية بقصر قرطاج.", "2024-05-10");
  assert.deepEqual(dyads(doc.events), ["أحمد عطاف – قيس سعيد"]);
});

test("'يلتقي A وB … بعد مباحثاته مع C': one man's talks are the subject's, not the pair's", () => {
  const doc = extract("التقى رئيس المخابرات المصرية حسن رشاد رئيس الحكومة عبد الحميد الدبيبة ورئيس المجلس الرئاسي محمد المنفي في طرابلس بعد مباحثاته مع المشير خليفة حفتر في الرجمة.", "2025-02-13");
  assert.ok(dyads(doc.events).includes("حسن رشاد – خليفة حفتر"), dyads(doc.events).join("; "));
  assert.ok(!dyads(doc.events).includes("خليفة حفتر – محمد المنفي"), dyads(doc.events).join("; "));
});

test("'ترتيبات لعقد لقاء بين A وB': a meeting still to be held is planned", () => {
  const doc = extract("وتحدثت وسائل إعلام عن ترتيبات لعقد لقاء مباشر بين رئيس المجلس الرئاسي فائز السراج والمشير خليفة حفتر.", "2017-08-15");
  assert.deepEqual(dyads(doc.events), []);
  assert.deepEqual(dyads(doc.events, "planned"), ["خليفة حفتر – فائز السراج"]);
});

test("'وكان X قد …': a surname that is also an ordinary word, named before, is the pluperfect's subject", () => {
  const doc = extract("استقبل رئيس المفوضية الوطنية العليا للانتخابات عماد السايح أمس السفير البريطاني.\nواستقبل رئيس الحكومة عبد الحميد الدبيبة السفير الألماني في طرابلس.\nوكان السايح قد أجرى مساء الأحد اتصالا هاتفيا مع وزير الحكم المحلي.", "2024-11-19");
  const call = doc.events.find((e) => e.type === "call");
  assert.ok(call?.participants.some((p) => p.name === "عماد السايح"), JSON.stringify(call?.participants));
});

test("a headline's one city is where an encounter it names took place, when the body gives only a site", () => {
  const doc = extract("الطرابلسي يختتم جولته بلقاء بيانتيدوزي في روما\nاختتم وزير الداخلية الليبي عماد الطرابلسي، أمس الأربعاء، جولة أوروبية، بلقاء وزير الداخلية الإيطالي ماتيو بيانتيدوزي في مقر الوزارة بقصر فيميناله.", "2023-06-08");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name_en, "Rome");
});

test("'التقى A وممثله الخاص X': someone's man joined by و is not a title stacked on the one they met", () => {
  const doc = extract("اختتم في برلين أمس المؤتمر الدولي بحضور الأمين العام للأمم المتحدة أنطونيو غوتيريش وممثله الخاص غسان سلامة.\nوعلى هامش المؤتمر، التقى الأمين العام وممثله الخاص رئيس المجلس الرئاسي فائز السراج.", "2020-01-20");
  assert.ok(dyads(doc.events).includes("أنطونيو غوتيريش – فائز السراج"), dyads(doc.events).join("; "));
  // ("ممثله": his man, ه the pronoun — not a woman's title, though ة normalizes to ه)
  assert.ok(dyads(doc.events).includes("غسان سلامة – فائز السراج"), dyads(doc.events).join("; "));
});

test("a sentence that goes on about an encounter gives it no day of something planned or scheduled", () => {
  const planned = extract("وعقد وزير الدفاع التركي خلوصي أكار اجتماعا مع رئيس الأركان محمد الحداد في طرابلس.\nومن المقرر أن يتفقد الوزير التركي، الأحد، عناصر القوات التركية في ليبيا.", "2021-11-20");
  assert.notEqual(planned.events.find((e) => e.type === "meeting")?.date?.value, "2021-11-14");
  const scheduled = extract("واستقبل رئيس المجلس الرئاسي محمد المنفي المستشارة الأممية ستيفاني ويليامز في طرابلس.\nوتناول اللقاء تعذر إجراء الانتخابات في موعدها المحدد في الرابع والعشرين من ديسمبر الماضي.", "2022-01-12");
  assert.notEqual(scheduled.events.find((e) => e.type === "meeting")?.date?.value, "2021-12-24");
});

test("a meeting noun whose predicate says it is not on the agenda was not held", () => {
  const doc = extract("وقال المتحدث باسم الكرملين دميتري بيسكوف إن \"لقاء بين الرئيس فلاديمير بوتين والمشير خليفة حفتر غير مدرج على جدول الأعمال في الوقت الراهن\".", "2020-07-08");
  assert.deepEqual(dyads(doc.events), []);
  // (a held meeting's noun is not affected by a negation in another clause)
  assert.equal(dyads(extract("وجرى لقاء بين وزير الخارجية سيرغي لافروف والمشير خليفة حفتر، فيما قال المتحدث إن موعد الانتخابات غير مدرج في النقاش.", "2020-07-08").events).length, 1);
});

test("'بعد اجتماع جمعهما في X في Y': the pair named before met then and there too", () => {
  const doc = extract("التقى وزير الخارجية المصري سامح شكري نظيره اليوناني نيكوس ديندياس في أثينا اليوم الأربعاء، بعد اجتماع جمعهما في القاهرة في مارس من العام الماضي.", "2022-09-28");
  const enc = doc.events.filter((e) => e.type === "meeting");
  assert.deepEqual(enc.map((e) => [e.date?.value, e.location?.name]), [["2022-09-28", "أثينا"], ["2021-03", "القاهرة"]]);
  assert.deepEqual(dyads(enc), ["سامح شكري – نيكوس ديندياس", "سامح شكري – نيكوس ديندياس"]);
});

test("'زيارة X إلى Y، حيث التقى Z': the encounter after حيث is in the place said just before it", () => {
  const doc = extract("وجاء اللقاء بعد أشهر من زيارة وزير الخارجية اليوناني نيكوس ديندياس إلى بنغازي، حيث التقى المشير خليفة حفتر، في زيارة قصيرة انتهت بعودته إلى أثينا عبر مطار معيتيقة بطرابلس.", "2023-05-10");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.location?.name), ["بنغازي"]);
});

test("'نظيريه الإيطالي X والمالطي': the second counterpart goes unnamed and is found by office; 'الوزيرين الإيطالي والمالطي' are the two of those countries", () => {
  const doc = extract("عقد وزير الداخلية الليبي عماد الطرابلسي، أمس، اجتماعا ثلاثيا في طرابلس مع نظيريه الإيطالي ماتيو بيانتيدوزي والمالطي. وفي وقت لاحق من اليوم ذاته، استقبل رئيس الحكومة عبد الحميد الدبيبة الوزيرين الإيطالي والمالطي بمقر الحكومة، بحضور الطرابلسي.", "2024-02-15");
  const pairs = dyads(doc.events);
  assert.ok(pairs.includes("بايرون كاميليري – عماد الطرابلسي"), pairs.join("; "));
  assert.ok(pairs.includes("بايرون كاميليري – عبد الحميد الدبيبة"), pairs.join("; "));
  assert.ok(pairs.includes("عبد الحميد الدبيبة – ماتيو بيانتيدوزي"), pairs.join("; "));
  // (the minister present at the reception is not received)
  assert.ok(!pairs.includes("عبد الحميد الدبيبة – عماد الطرابلسي"), pairs.join("; "));
});

test("a dual title with its first named and its second by nationality alone: 'وزيري الداخلية الإيطالي X والمالطي'", () => {
  const doc = extract("استقبل رئيس الحكومة عبد الحميد الدبيبة وزيري الداخلية الإيطالي ماتيو بيانتيدوزي والمالطي في طرابلس.", "2024-02-15");
  const guests = doc.events.filter((e) => e.type === "meeting" && e.participants.some((p) => p.name === "عبد الحميد الدبيبة")).map((e) => e.participants.find((p) => p.role === "guest")?.title);
  assert.deepEqual(guests.sort(), ["وزير الداخلية الإيطالي", "وزير الداخلية المالطي"]);
});

test("a timeline item takes the day of its heading line, named people and all, not the next item's heading", () => {
  const doc = extract("حصاد الأسبوع\n\nالثلاثاء | حفتر يستقبل ضيفا يونانيا\nاستقبل المشير خليفة حفتر في الرجمة وزير الخارجية اليوناني جيورجوس جيرابيتريتيس.\n\nالخميس | اجتماع في فاليتا\nالتقى وزير الداخلية عماد الطرابلسي نظيره المالطي في فاليتا.", "2025-02-15");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2025-02-11", "2025-02-13"]);
});

test("'ويذكر أن الوزيرين تباحثا، في اتصال هاتفي …': a recalled call of the two, on its own date", () => {
  const doc = extract("عقد وزير الداخلية الإيطالي ماتيو بيانتيدوزي، اليوم، جلسة عمل في تونس مع وزير الداخلية كمال الفقي. ويذكر أن الوزيرين تباحثا، في اتصال هاتفي منتصف أكتوبر الماضي، في عدد الوافدين.", "2023-11-08");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting" || e.type === "call").map((e) => [e.type, e.date?.value]), [["meeting", "2023-11-08"], ["call", "2023-10"]]);
});

test("a word behind ب after a title is whom the title-holder met, not his name; فور is no name; three unnamed officials at a three-sided meeting, one with his seat", () => {
  const doc = extract("وأمس الأحد، عقد في مقر البلدية اجتماع ثلاثي ضم عميد بلدية الكفرة ومدير فرع الهلال الأحمر الليبي في المدينة وممثل برنامج الأغذية العالمي. ونفى المجلس البلدي أنباء عن لقاء جمع عميد البلدية بقيادي في قوات الدعم السريع. وعقد الوزير فور وصوله اجتماعا مع عميد البلدية.", "2024-05-20");
  const names = doc.entities.map((e) => e.name).filter(Boolean);
  assert.ok(!names.includes("بقيادي") && !names.includes("فور"), names.join("; "));
  const enc = doc.events.filter((e) => e.type === "meeting" && e.status === "happened" && e.date?.value === "2024-05-19" && !e.participants.some((p) => p.title === "الوزير"));
  assert.equal(enc.length, 3);
  assert.ok(enc.some((e) => e.participants.some((p) => p.title === "ممثل برنامج الأغذية العالمي")));
  assert.ok(enc.some((e) => e.participants.some((p) => p.title === "مدير فرع الهلال الأحمر الليبي")));
});

test("an encounter held 'فور وصوله' takes the day of the arrival told just before", () => {
  const doc = extract("استقبل رئيس الحكومة أسامة حماد، أمس الثلاثاء، في بنغازي رئيس بعثة المنظمة الدولية للهجرة. وفي سياق متصل، وصل وزير الصحة عثمان عبد الجليل، أمس الأول، إلى مدينة الكفرة على رأس وفد طبي. وعقد الوزير فور وصوله اجتماعا مع عميد بلدية الكفرة.", "2023-06-14");
  const m = doc.events.find((e) => e.type === "meeting" && e.participants.some((p) => p.title === "عميد بلدية الكفرة"));
  assert.deepEqual([m?.date?.value, m?.location?.name], ["2023-06-12", "الكفرة"]);
});

test("a headline's surname spelled otherwise is the person the body names in full ('نورلند' = 'ريتشارد نورلاند')", () => {
  const doc = extract("المبعوث الأمريكي نورلند يلتقي عقيلة صالح في القبة\n\nالقبة – التقى رئيس مجلس النواب عقيلة صالح، أمس الثلاثاء، المبعوث الأمريكي الخاص إلى ليبيا السفير ريتشارد نورلاند في القبة.", "2022-07-13");
  assert.deepEqual(dyads(doc.events), ["ريتشارد نورلاند – عقيلة صالح"]);
});

test("a remit with a region ('المكلف بشؤون الشرق الأوسط وشمال أفريقيا X') stays in the title; 'اتصال أجرته X …، الشهر الماضي، مع Y' reaches its مع past a long title", () => {
  const doc = extract("أنهى الوزير البريطاني المكلف بشؤون الشرق الأوسط وشمال أفريقيا هاميش فالكونر، أمس، زيارة إلى طرابلس التقى خلالها رئيس الحكومة عبد الحميد الدبيبة. وتأتي الزيارة بعد اتصال هاتفي أجرته وزيرة الدولة البريطانية لأمن الحدود واللجوء أنجيلا إيغل، الشهر الماضي، مع وزير الداخلية المكلف عماد الطرابلسي.", "2025-02-19");
  assert.ok(doc.entities.some((e) => e.name === "هاميش فالكونر" && e.titles[0]?.includes("وشمال أفريقيا")));
  assert.ok(dyads(doc.events).includes("أنجيلا إيغل – عماد الطرابلسي"), dyads(doc.events).join("; "));
});

test("'ويتعلق الأمر بكل من A، وB' names one by one the group the sentence before received; 'تحادث مع' is an encounter; a long domain then 'السيد X' is one person", () => {
  const doc = extract("الجزائر - استقبل رئيس الجمهورية عبد المجيد تبون، اليوم الثلاثاء، وزراء خارجية دول الجوار المشاركين في الاجتماع. ويتعلق الأمر بكل من وزيرة الخارجية الليبية، السيدة نجلاء المنقوش، ووزير الخارجية المصري، السيد سامح شكري. كما تحادث وزير الخارجية رمطان لعمامرة مع مفوض الاتحاد الإفريقي للشؤون السياسية والسلم والأمن، السيد بانكولي أديوي.", "2021-08-31");
  assert.deepEqual(dyads(doc.events), ["بانكولي أديوي – رمطان لعمامرة", "سامح شكري – عبد المجيد تبون", "عبد المجيد تبون – نجلاء المنقوش"]);
});

test("'اتصال هاتفي تلقاه X من Y' with its subject between; a bracketed aside does not part two people joined by و", () => {
  const call = extract("ويأتي ذلك بعد أسبوعين من اتصال هاتفي تلقاه الرئيس عبد الفتاح السيسي من رئيس المجلس الرئاسي فائز السراج.", "2016-05-22");
  assert.deepEqual(call.events.filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join(" – ")), ["عبد الفتاح السيسي – فائز السراج"]);
  const met = extract("وهي الملفات التي كانت محور اللقاء الذي جمع وزير الخارجية الألماني هايكو ماس (53 عاما) ونظيره الليبي محمد الطاهر سيالة في برلين يوم الإثنين الماضي.", "2019-11-14");
  assert.deepEqual(dyads(met.events), ["محمد سيالة – هايكو ماس"]);
});

test("past a full name of three words, a surname named before is the verb's object; 'بعد لقائه في روما الشهر الماضي X'; one of a dual verb's pair named again after it is no third party", () => {
  const doc = extract("التقى نائب رئيس المجلس الرئاسي أحمد معيتيق، أمس، وزير التنمية الإيطالي لويجي دي مايو. واستقبل عمدة نابولي لويجي دي ماجيستريس معيتيق في مقر البلدية. وتأتي زيارة معيتيق إلى نابولي بعد لقائه في روما الشهر الماضي وزير الخارجية الإيطالي إنزو موافيرو ميلانيزي.", "2019-03-28");
  assert.deepEqual(dyads(doc.events), ["أحمد معيتيق – إنزو موافيرو ميلانيزي", "أحمد معيتيق – لويجي دي ماجيستريس", "أحمد معيتيق – لويجي دي مايو"]);
  const pair = extract("أجرت الوزيرة لوتشانا لامورجيزي، أمس، اتصالا هاتفيا بالوزير فتحي باشاغا. وكانت لامورجيزي وباشاغا قد التقيا في روما في 28 يناير الماضي، في أول لقاء بينهما منذ تولي الوزيرة منصبها.", "2020-02-12");
  assert.deepEqual(pair.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2020-01-28"]);
});

test("'الدبلوماسي الألماني' is the German named before, and keeps his office as title; 'لم يعقد اللقاء' denies; بشر is a given name where a name is expected", () => {
  const doc = extract("التقى السفير الألماني ميشائيل أونماخت، الأحد، رئيس مجلس النواب عقيلة صالح في القبة. وانتقل الدبلوماسي الألماني أمس الاثنين إلى طرابلس، حيث التقى رئيس المجلس الأعلى للدولة خالد المشري. في المقابل، لم يعقد اللقاء الذي كان مرتقبا بين أونماخت ورئيس الحكومة عبد الحميد الدبيبة.", "2022-05-17");
  const held = doc.events.filter((e) => e.type === "meeting" && e.status === "happened");
  assert.deepEqual(dyads(held), ["خالد المشري – ميخائيل أونماخت", "عقيلة صالح – ميخائيل أونماخت"]);
  assert.ok(held.every((e) => e.participants.some((p) => p.title === "السفير الألماني")));
  const named = extract("وفي وقت لاحق، التقت الوزيرة رئيس الوزراء الدكتور بشر الخصاونة في عمان.", "2021-06-15");
  assert.ok(named.entities.some((e) => e.name === "بشر الخصاونة"));
  assert.ok(!extract("وقال إن حماية حياة البشر أولوية، ويعيش بشر كثيرون في المخيم.", "2021-06-15").entities.some((e) => /بشر/.test(e.name)));
});

test("'تم، أمس، بقصر الإليزيه في باريس، بحث …، وذلك خلال اجتماع عقده A مع B' takes the day and city of the clauses before; 'جمع لقاء منفصل، اليوم، A، المرافق لـX في زيارته، وB'", () => {
  const doc = extract("المكتب الإعلامي\nباريس | الجمعة 16 فبراير 2024\nتم، أمس الخميس، بقصر الإليزيه في العاصمة الفرنسية باريس، بحث مستجدات الأوضاع في ليبيا، وذلك خلال اجتماع عقده رئيس المجلس الرئاسي محمد المنفي مع الرئيس الفرنسي إيمانويل ماكرون. وجمع لقاء منفصل، صباح اليوم الجمعة، رئيس الأركان العامة الفريق أول محمد الحداد، المرافق للرئيس المنفي في زيارته، ووزير القوات المسلحة الفرنسي سيباستيان لوكورنو.", "2024-02-16");
  const enc = doc.events.filter((e) => e.type === "meeting");
  assert.deepEqual(enc.map((e) => [e.participants.map((p) => p.name).sort().join(" – "), e.date?.value, e.location?.name]),
    [["إيمانويل ماكرون – محمد المنفي", "2024-02-15", "باريس"], ["سيباستيان لوكورنو – محمد الحداد", "2024-02-16", "باريس"]]);
});

test("'ونظيرته الإيطالية X' holds her counterpart's office, so a later 'الوزيرة الإيطالية' is her; a headline's 'سفير اليونان' is the body's unnamed 'سفير الجمهورية اليونانية لدى ليبيا'", () => {
  const doc = extract("وقع وزير الداخلية فوزي عبد العال ونظيرته الإيطالية آنا ماريا كانتشيلييري، أمس الثلاثاء بطرابلس، محضر اتفاق. وفي وقت لاحق، استقبل رئيس الحكومة عبد الرحيم الكيب الوزيرة الإيطالية والوفد المرافق لها.", "2012-04-04");
  assert.ok(dyads(doc.events).some((d) => d.includes("عبد الرحيم الكيب") && d.includes("كانتشيل")), dyads(doc.events).join("; "));
  const amb = extract("المنفي يستقبل سفيري إيطاليا واليونان\n\nطرابلس – استقبل رئيس المجلس الرئاسي محمد المنفي أمس الأربعاء سفير إيطاليا لدى ليبيا. كما استقبل رئيس المجلس الرئاسي، في اليوم ذاته، سفير الجمهورية اليونانية لدى ليبيا.", "2021-10-14");
  assert.equal(amb.events.filter((e) => e.type === "meeting").length, 2);
});

test("'تحدث هاتفيا مع X' (and the interview's 'تحدثت هاتفيا مع X') is a call; 'تحدث مع X عن' alone is no encounter of its own", () => {
  const doc = extract("حوار مع وزيرة الخارجية نجلاء المنقوش. ج: تحدثت هاتفيا مع الوزير جان إيف لودريان يوم السبت، وأبلغني أن بلاده تعمل على استضافة مؤتمر.", "2021-09-20");
  assert.deepEqual(doc.events.filter((e) => e.type === "call").map((e) => [e.participants.map((p) => p.name).sort().join(" – "), e.date?.value]), [["جان إيف لودريان – نجلاء المنقوش", "2021-09-18"]]);
  assert.deepEqual(dyads(extract("وتحدث رئيس المجلس الرئاسي محمد المنفي مع الصحفيين عن لقائه السابق.", "2021-09-20").events), []);
});

test("the first person of an interview's answer ('ج: تحدثت هاتفيا مع X') is the one the headline names, not the last subject", () => {
  const doc = extract("وزيرة الخارجية نجلاء المنقوش في حوار مع «الصحيفة»: لا انتخابات مع المرتزقة\n\nس: ماذا عن إيطاليا؟\nج: التقيت نظيري الإيطالي لويجي دي مايو يوم الخميس. وسيلتقي دي مايو نظيره الألماني هايكو ماس في نيويورك.\nس: وفرنسا؟\nج: تحدثت هاتفيا مع الوزير جان إيف لودريان يوم السبت.", "2021-09-20");
  assert.deepEqual(doc.events.filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join(" – ")), ["جان إيف لودريان – نجلاء المنقوش"]);
});

test("'today' in a quotation the sentence splitter cut at a full stop is the speaker's day, not the encounter's", () => {
  const doc = extract("وصل رئيس المجلس الرئاسي فائز السراج إلى باريس أمس الثلاثاء.\nوجمع لقاء في قصر الإليزيه الرئيس الفرنسي إيمانويل ماكرون والسراج.\nوقال ماكرون عقب اللقاء: \"هذا يوم مهم. الإرادة التي رأيتها اليوم تمنحني الأمل\".", "2018-05-30");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.date?.value, "2018-05-29");
});

test("'خلال استقباله له': the possessor met the one the second pronoun points back to", () => {
  const told = extract("أكد وزير الداخلية خالد مازن للسفير الإيطالي جوزيبي بوتشينو، خلال استقباله له أمس بطرابلس، أهمية التعاون.", "2021-11-25");
  assert.deepEqual(dyads(told.events), ["جوزيبي بوتشينو غريمالدي – خالد مازن"]);
  const briefed = extract("أطلع وزير الداخلية خالد مازن السفيرة البريطانية كارولين هورندال، خلال لقائه بها أمس، على جهود الوزارة.", "2021-11-25");
  assert.deepEqual(dyads(briefed.events), ["خالد مازن – كارولين هورندال"]);
  // (after an encounter the sentence told, the noun is that one, with its own date)
  const told2 = extract("بحث الفريق صدام حفتر أمس مع الوزير غويدو كروسيتو التعاون. وكان صدام حفتر قد ناقش الملف مع رئيسة الوزراء جورجيا ميلوني خلال لقائه بها في روما الشهر الماضي.", "2025-10-15");
  assert.deepEqual(told2.events.filter((e) => e.participants.some((p) => p.name === "جورجيا ميلوني")).map((e) => e.date?.value), ["2025-09"]);
});

test("a surname that is also a word is the subject between a verb of encounter and the title of whom he met", () => {
  const doc = extract("استقبل رئيس المفوضية عماد السايح أمس وفدا من الصحفيين. والتقى السايح السفير التركي لدى ليبيا كنعان يلماز.", "2021-11-25");
  assert.deepEqual(dyads(doc.events), ["عماد السايح – كنعان يلماز"]);
});

test("'أجرى كل منهما مباحثات مع X ومع Y': each of the two named before met each of them", () => {
  const doc = extract("وزار الرباط في يوليو الماضي رئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري، حيث أجرى كل منهما مباحثات مع الوزير ناصر بوريطة ومع رئيس مجلس النواب الحبيب المالكي.", "2020-09-10");
  assert.deepEqual(dyads(doc.events), ["الحبيب المالكي – خالد المشري", "الحبيب المالكي – عقيلة صالح", "خالد المشري – ناصر بوريطة", "عقيلة صالح – ناصر بوريطة"]);
});

test("an EU commissioner's portfolio joined by و ('للعلاقات الخارجية وسياسة الجوار') is one title before her name", () => {
  const doc = extract("أطلق الجانبان أمس المفاوضات، خلال لقاء جمع الوزير عبد الرحمن شلقم بالمفوضة الأوروبية للعلاقات الخارجية وسياسة الجوار بينيتا فيريرو فالدنر.", "2008-11-13");
  assert.deepEqual(dyads(doc.events), ["بينيتا فيريرو فالدنر – عبد الرحمن شلقم"]);
});

test("an agency's full Arabic name from the base, its short name in brackets, then the name: one titled person", () => {
  const doc = extract("عقد وزير الداخلية الإيطالي ماتيو بيانتيدوزي، الأربعاء، اجتماعا مع المديرة التنفيذية للوكالة الأوروبية للتعاون في مجال إنفاذ القانون (يوروبول) كاثرين دي بول.", "2023-04-21");
  assert.deepEqual(dyads(doc.events), ["كاثرين دي بول – ماتيو بيانتيدوزي"]);
});

test("'التقى X، على هامش معرض … «أديبك 2021»، وفدا ضم A، وB': X met each member; the members did not meet each other", () => {
  const doc = extract("التقى وزير الطاقة سهيل المزروعي، أمس، على هامش معرض ومؤتمر أبوظبي الدولي للبترول «أديبك 2021»، وفدا ليبيا رفيع المستوى ضم محمد عون وزير النفط والغاز، ومحمد الحويج وزير الاقتصاد والتجارة.", "2021-11-16");
  assert.deepEqual(dyads(doc.events), ["سهيل المزروعي – محمد الحويج", "سهيل المزروعي – محمد عون"]);
  // (a meeting noun right before it still makes ضم a gathering)
  const met = extract("عقد الوزير اجتماعا موسعا ضم وزير النفط محمد عون ووزير الاقتصاد محمد الحويج.", "2021-11-16");
  assert.ok(dyads(met.events).includes("محمد الحويج – محمد عون"));
});

test("'وكان A وB قد عقدا اجتماعا' in another month: the pair's background meeting, kept apart from the story's", () => {
  const doc = extract("استقبل فرحات بن قدارة أمس كلاوديو ديسكالزي. وكان بن قدارة وديسكالزي قد عقدا اجتماعا منتصف فبراير الماضي.", "2023-03-09");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.date?.value).sort(), ["2023-02", "2023-03-08"]);
});

test("'مدير عام المركز' is a title that governs what he directs, and the gathering reaches past it", () => {
  const doc = extract("جمع لقاء، يوم الاثنين، في طرابلس، مدير عام المركز الدكتور حيدر السائح بالسفير الإيطالي.", "2024-11-20");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting").map((e) => e.participants.map((p) => p.name || p.title).join(" – ")), ["حيدر السائح – السفير الإيطالي"]);
});

test("'جمع لقاء تنسيقي ثلاثي، …، بمقر X في طرابلس، A بـB وC': the meeting's adjectives and its building are no gap", () => {
  const doc = extract("جمع لقاء تنسيقي ثلاثي، يوم الاثنين، بمقر المركز الوطني لمكافحة الأمراض في طرابلس، الدكتور حيدر السائح بالسفير الإيطالي والسفير الفرنسي.", "2024-11-20");
  const pairs = doc.events.filter((e) => e.type === "meeting").map((e) => e.participants.map((p) => p.name || p.title).sort().join(" – ")).sort();
  assert.deepEqual(pairs, ["السفير الإيطالي – السفير الفرنسي", "السفير الإيطالي – حيدر السائح", "السفير الفرنسي – حيدر السائح"]);
});

test("an envoy's two posts without a comma, the second in the country she serves, are one person; 'تلقى السايح اتصالا' has him for subject", () => {
  const met = extract("التقت الممثلة الخاصة للأمين العام للأمم المتحدة رئيسة بعثة الدعم في ليبيا هانا تيتيه، الخميس الماضي، رئيس المفوضية عماد السايح في طرابلس.", "2025-08-17");
  assert.deepEqual(dyads(met.events), ["عماد السايح – هانا تيتيه"]);
  const called = extract("التقت المبعوثة هانا تيتيه أمس رئيس المفوضية عماد السايح. وفي اليوم ذاته، تلقى السايح اتصالا هاتفيا من السفير الإيطالي جانلوكا ألبيريني.", "2025-08-17");
  assert.ok(dyads(called.events).includes("جانلوكا ألبيريني – عماد السايح"), dyads(called.events).join("; "));
});

test("'وكان X قد استضاف … اجتماعا ثلاثيا ضم A وB': the host named before the verb met them too", () => {
  const doc = extract("وكان الأمين العام أحمد أبو الغيط قد استضاف في مارس 2024 بمقر الجامعة اجتماعا ثلاثيا ضم عقيلة صالح ومحمد تكالة، اتفق خلاله المشاركون على تشكيل حكومة.", "2025-04-16");
  assert.deepEqual(dyads(doc.events), ["أحمد أبو الغيط – عقيلة صالح", "أحمد أبو الغيط – محمد تكالة", "عقيلة صالح – محمد تكالة"]);
});

test("'وتركزت المشاورات على …' after an encounter tells what it was about", () => {
  const doc = extract("التقى وزير الخارجية الروسي سيرغي لافروف أمس رئيس المجلس الرئاسي فائز السراج في موسكو. وتركزت المشاورات على تثبيت وقف إطلاق النار واستئناف العملية السياسية.", "2020-01-14");
  const met = doc.events.find((e) => e.type === "meeting")!;
  assert.deepEqual(met.topics, ["ceasefire", "political_process"]);
});

test("in a sentence that goes on about an encounter, a date in a relative clause on something else, or a deadline after 'حتى', is not the encounter's", () => {
  const text = "أعلنت الخارجية أن المحادثات جرت أمس الاثنين في موسكو. وأوضحت أن الوزير سيرغي لافروف التقى فائز السراج في دار الضيافة. " +
    "وتركزت المشاورات على تثبيت وقف إطلاق النار الذي دخل حيز التنفيذ منتصف ليل الأحد. وقال لافروف إن السراج طلب مهلة حتى صباح اليوم.";
  const met = extract(text, "2020-01-14").events.find((e) => e.type === "meeting")!;
  assert.equal(met.date?.value, "2020-01-13");
});

test("'ومن المقرر أن يستقبل X Y مجددا اليوم' is another encounter than theirs reported before, and lends it no day", () => {
  const doc = extract("أعلنت الوزارة أن المحادثات جرت أمس الاثنين. وعقد وزير الدفاع سيرغي شويغو اجتماعا مع المشير خليفة حفتر في موسكو. ومن المقرر أن يستقبل شويغو حفتر مجددا اليوم الثلاثاء.", "2020-01-14");
  const shown = doc.events.filter((e) => e.type === "meeting").map((e) => `${e.status} ${e.date?.value}`).sort();
  assert.deepEqual(shown, ["happened 2020-01-13", "planned 2020-01-14"]);
});

test("'رئيس المستشفى' after 'مستشفى X' is the head of X, named by it; a director named after his title keeps his name", () => {
  const doc = extract("زار الوزير أمس مستشفى الأمل للأطفال، حيث التقى رئيس المستشفى وبحث معه علاج المرضى.", "2023-06-07");
  const met = doc.events.find((e) => e.type === "meeting")!;
  assert.ok(met.participants.some((p) => !p.name && p.title === "رئيس مستشفى الأمل للأطفال"), JSON.stringify(met.participants));
  const from = extract("استقبل عميد بلدية مصراتة محمود السقوطري وفدا من غرفة التجارة المشتركة برئاسة رئيس الغرفة.", "2023-06-07");
  assert.ok(from.events.some((e) => e.participants.some((p) => p.title === "رئيس غرفة التجارة المشتركة")), JSON.stringify(from.events.map((e) => e.participants)));
  const named = extract("أكد مدير جامعة طرابلس الدكتور خالد الورفلي الخطة. واستقبل مدير الجامعة أمس السفير الإيطالي.", "2023-06-07");
  assert.ok(named.events.some((e) => e.participants.some((p) => p.name === "خالد الورفلي")), JSON.stringify(named.events.map((e) => e.participants)));
});

test("three joined as the subject of a meeting ('عقد A وB وC اجتماعا'، 'بحث A وB وC') all met each other; those an object verb names did not", () => {
  const held = extract("عقد رئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة محمد تكالة ورئيس المجلس الرئاسي محمد المنفي، أمس الأحد، اجتماعا ثلاثيا في القاهرة.", "2024-03-11");
  assert.deepEqual(dyads(held.events), ["عقيلة صالح – محمد المنفي", "عقيلة صالح – محمد تكالة", "محمد المنفي – محمد تكالة"]);
  const talked = extract("بحث عقيلة صالح ومحمد تكالة ومحمد المنفي، أمس الأحد، في القاهرة تشكيل حكومة موحدة.", "2024-03-11");
  assert.equal(dyads(talked.events).length, 3);
  const received = extract("وفي يوم الثلاثاء استقبل رئيس المحكمة العليا ورئيس ديوان المظالم ورئيس هيئة التحقيق.", "2024-03-11");
  // (the second and third received did not meet each other)
  assert.ok(!dyads(received.events).includes("رئيس ديوان المظالم – رئيس هيئة التحقيق"), dyads(received.events).join("; "));
});

test("'بمقر الأمم المتحدة في جنيف': the city said right after a body's seat is where they met", () => {
  const doc = extract("التقى عقيلة صالح، أمس الأربعاء، بمقر الأمم المتحدة في جنيف، خالد المشري.", "2022-06-30");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "جنيف");
  const bare = extract("التقى عقيلة صالح، أمس الأربعاء، بمقر الأمم المتحدة خالد المشري.", "2022-06-30");
  assert.notEqual(bare.events.find((e) => e.type === "meeting")?.location?.name, "جنيف");
});

test("'جمع لقاء A وB، برعاية C': the sponsor was there and met both; 'تحت رعاية' names a patron only", () => {
  const doc = extract("جمع لقاء، أمس الأربعاء، في جنيف، عقيلة صالح وخالد المشري، برعاية المستشارة الأممية ستيفاني وليامز.", "2022-06-30");
  assert.deepEqual(dyads(doc.events), ["خالد المشري – ستيفاني وليامز", "خالد المشري – عقيلة صالح", "ستيفاني وليامز – عقيلة صالح"]);
  const patron = extract("جمع لقاء، أمس الأربعاء، في جنيف، عقيلة صالح وخالد المشري، تحت رعاية الرئيس الفرنسي إيمانويل ماكرون.", "2022-06-30");
  assert.deepEqual(dyads(patron.events), ["خالد المشري – عقيلة صالح"]);
});

test("a reception noun's host is its genitive right after it: 'وكان في استقبال رحلة … A، … والسيد B' is no meeting of A and B", () => {
  const doc = extract("وكان في استقبال رحلة الشركة الأولى لدى وصولها إلى مطار مالطا الدولي، السيد جوزيف بورغ، نائب وزير النقل المالطي، والسيد مارك فاروجيا، رئيس مجلس إدارة المطار.", "2023-05-05");
  assert.deepEqual(dyads(doc.events), []);
});

test("'وكان X قد التقى Y … الأسبوع الماضي' is another encounter than theirs today, at the gathering it names ('على هامش مؤتمر باليرمو')", () => {
  const doc = extract("بحث رئيس المجلس الأعلى للدولة خالد المشري، اليوم، في طرابلس مع المبعوث الأممي غسان سلامة موعد الملتقى الوطني. وكان المشري قد التقى سلامة على هامش مؤتمر باليرمو الأسبوع الماضي.", "2018-11-19");
  const met = doc.events.filter((e) => e.type === "meeting").map((e) => `${e.date?.value} ${e.location?.name}`).sort();
  assert.deepEqual(met, ["2018-11 باليرمو", "2018-11-19 طرابلس"]);
});

test("a dateline whose town is also a word ('القبة 12 مايو 2016 (وال) -') gives the filing day, not the encounter's 'أمس'", () => {
  const doc = extract("القبة 12 مايو 2016 (وال) - التقى رئيس مجلس النواب عقيلة صالح، أمس الأربعاء، بمدينة القبة، المبعوث الأممي مارتن كوبلر.", "2016-05-12");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.date?.value, "2016-05-11");
});

test("'جمع لقاء صالح بكوبلر': a known surname behind ب is the name alone, the one met", () => {
  const doc = extract("التقى رئيس مجلس النواب عقيلة صالح، أمس الأربعاء، بمدينة القبة، مارتن كوبلر. وجمع لقاء صالح بكوبلر في القاهرة منتصف أبريل.", "2016-05-12");
  const shown = doc.events.filter((e) => e.type === "meeting").map((e) => `${e.date?.value} ${e.location?.name}`).sort();
  assert.deepEqual(shown, ["2016-04 القاهرة", "2016-05-11 القبة"]);
});

test("'خلال لقائها، يوم الاثنين، في طرابلس بالسفير X' reaches the one met past the day and the place", () => {
  for (const text of ["وخلال لقائها، يوم الاثنين، في طرابلس بالسفير البريطاني لدى ليبيا، أكدت هانا تيتيه أن البعثة ستعلن خطتها.",
    "وخلال لقائها يوم الاثنين بالسفير البريطاني لدى ليبيا، أكدت هانا تيتيه أن البعثة ستعلن خطتها."]) {
    const met = extract(text, "2025-03-20").events.find((e) => e.type === "meeting");
    assert.ok(met?.participants.some((p) => p.title?.startsWith("السفير البريطاني")), text);
    assert.equal(met?.date?.value, "2025-03-17");
  }
});

test("'وقع A عن مجلس النواب وB عن المجلس الأعلى …، في ختام اجتماع عقده الطرفان': the two sides are the two the sentence named, of one country too", () => {
  const doc = extract("وقع جلال الشويهدي وعمر بوليفة، مساء أمس الثلاثاء، الاتفاق، وذلك في ختام اجتماع عقده الطرفان بحضور بقية الأعضاء.", "2023-06-07");
  assert.deepEqual(dyads(doc.events), ["جلال الشويهدي – عمر بوليفة"]);
});

test("a weak verb joins those after it in a meeting only where a meeting is named ('شارك فيه A وB' after a concert)", () => {
  const doc = extract("أقام النادي حفلا كبيرا بمناسبة العيد وشارك فيه عبد الحميد الدبيبة وعقيلة صالح وخالد المشري.", "2023-07-20");
  assert.deepEqual(dyads(doc.events), []);
});

test("'أمس الجمعة …، قبل يومين من انعقاد مؤتمر برلين' keeps its own day: only an encounter after 'قبل يومين من' shifts it", () => {
  const doc = extract("استقبل رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس، أمس الجمعة، المشير خليفة حفتر في أثينا، قبل يومين من انعقاد مؤتمر برلين الدولي.", "2020-01-18");
  const met = doc.events.find((e) => e.type === "meeting")!;
  assert.equal(`${met.status} ${met.date?.value}`, "happened 2020-01-17");
});

test("a place quoted in what they discussed is not where they met; one in a quoted first-person report is", () => {
  const doc = extract("وكان حفتر قد عقد أمس اجتماعا مع وزير الخارجية اليوناني نيكوس ديندياس في مقر الوزارة، تركز على \"وجود مقاتلين نقلتهم تركيا إلى طرابلس\".", "2020-01-18");
  assert.notEqual(doc.events.find((e) => e.type === "meeting")?.location?.name, "طرابلس");
  const quoted = extract("وقال ديندياس في تغريدة: «التقيت المشير خليفة حفتر اليوم في بنغازي».", "2020-01-18");
  assert.equal(quoted.events.find((e) => e.type === "meeting")?.location?.name, "بنغازي");
});

test("a light verb's noun is never past another light verb: 'وجرى اللقاء بحضور A وB، قبل أن يعقد X وY مؤتمرا صحفيا' is no meeting of A and B", () => {
  const doc = extract("استقبل الرئيس التركي رجب طيب أردوغان، أمس الخميس، فائز السراج في أنقرة. وجرى اللقاء بعيدا عن عدسات الصحفيين، بحضور وزير الخارجية مولود جاويش أوغلو، ووزير الدفاع خلوصي أكار، قبل أن يعقد أردوغان والسراج مؤتمرا صحفيا مشتركا.", "2020-06-05");
  assert.deepEqual(dyads(doc.events), ["رجب طيب أردوغان – فائز السراج"]);
});

test("'في اليوم ذاته'، 'في اليوم التالي' count from the story's day, not from a day in a relative clause or after منذ", () => {
  const same = extract("استقبل رئيس مجلس النواب عقيلة صالح، أمس الثلاثاء، السفير الألماني. وأطلعه على القانون الذي أقره المجلس الأربعاء الماضي. كما التقى صالح في اليوم ذاته القائم بالأعمال الأمريكي جيريمي برنت.", "2024-07-17");
  assert.deepEqual(same.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2024-07-16", "2024-07-16"]);
  const next = extract("التقى رئيس المخابرات المصرية حسن رشاد، الأحد، المشير خليفة حفتر في بنغازي، في أول زيارة منذ تعيينه خلفا لعباس كامل في 16 أكتوبر الماضي. وفي اليوم التالي، عقد رشاد في طرابلس اجتماعا مع عبد الحميد الدبيبة.", "2024-11-12");
  assert.deepEqual(next.events.filter((e) => e.type === "meeting").map((e) => e.date?.value), ["2024-11-10", "2024-11-11"]);
});

test("'ومن المنتظر، بحسب المصادر، أن يستقبل X Y': planned past an aside between commas", () => {
  for (const text of ["ومن المنتظر، بحسب المصادر، أن يستقبل الرئيس عبد الفتاح السيسي المشير خليفة حفتر في القاهرة خلال الأسابيع المقبلة.",
    "ومن المنتظر أن يستقبل الرئيس عبد الفتاح السيسي المشير خليفة حفتر في القاهرة خلال الأسابيع المقبلة."]) {
    assert.deepEqual(extract(text, "2024-11-12").events.filter((e) => e.type === "meeting").map((e) => e.status), ["planned"], text);
  }
});

test("'حيث استقبله المشير X ونجله Y': both who received him met him", () => {
  const doc = extract("زار وزير الخارجية اليوناني يورغوس جيرابيتريتيس بنغازي أمس، حيث استقبله المشير خليفة حفتر ونجله صدام حفتر في الرجمة.", "2025-07-15");
  assert.equal(dyads(doc.events).length, 2, dyads(doc.events).join("; "));
});

test("'وقائد العملية الأوروبية في المتوسط \"إيريني\" الأدميرال X': the operation's quoted name between the title and the rank keeps them one person", () => {
  const doc = extract("استقبل عضو المجلس الرئاسي عبد الله اللافي، اليوم، في طرابلس، سفير الاتحاد الأوروبي نيكولا أورلاندو، وقائد العملية العسكرية الأوروبية في المتوسط \"إيريني\" الأدميرال ستيفانو توركيتو.", "2024-03-14");
  assert.ok(dyads(doc.events).includes("ستيفانو توركيتو – عبد الله اللافي"), dyads(doc.events).join("; "));
  assert.ok(!dyads(doc.events).some((d) => d.includes("قائد العملية")), dyads(doc.events).join("; "));
});

test("'اتصال هاتفي أجرته X بـY': a call made, with the one reached behind ب as behind مع", () => {
  const doc = extract("وتأتي الزيارة بعد أيام من اتصال هاتفي أجرته رئيسة الوزراء الإيطالية جورجيا ميلوني بالدبيبة الاثنين الماضي، تناول ملف الهجرة.", "2024-05-09");
  const call = doc.events.find((e) => e.type === "call");
  assert.ok(call, JSON.stringify(doc.events.map((e) => e.type)));
  assert.deepEqual(call!.participants.map((p) => p.name).sort(), ["جورجيا ميلوني", "عبد الحميد الدبيبة"]);
  assert.equal(call!.date?.value, "2024-05-06");
});

test("'هنأ X Y، في اتصال هاتفي' and 'أكد X لـY، في اتصال هاتفي' are calls of the two; reported speech and a definite 'في الاتصال' are not", () => {
  for (const text of ["وهنأ رئيس الوزراء الإيطالي ماريو مونتي محمود جبريل، في اتصال هاتفي أمس، بتقدم التحالف.",
    "وأكد رئيس الوزراء الإيطالي ماريو مونتي لمحمود جبريل، في اتصال هاتفي أمس، دعم بلاده."]) {
    assert.deepEqual(extract("محمود جبريل رئيس التحالف. " + text, "2012-07-26").events.filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join(" – ")), ["ماريو مونتي – محمود جبريل"], text);
  }
  const reported = extract("وقال المتحدث باسم الوزارة أحمد أبو زيد إن الوزير سامح شكري أكد في اتصال هاتفي دعم بلاده.", "2016-07-26");
  assert.ok(!reported.events.some((e) => e.type === "call" && e.participants.some((p) => p.name === "أحمد أبو زيد")));
});

test("'… اجتماعا ثلاثيا، بدعوة من X وبحضوره': the one who invited them and was there met them all; 'بدعوة من X' alone did not", () => {
  const there = extract("عقد عقيلة صالح ومحمد تكالة ومحمد المنفي، أمس الأحد، اجتماعا ثلاثيا في القاهرة، بدعوة من الأمين العام للجامعة أحمد أبو الغيط وبحضوره.", "2024-03-11");
  assert.equal(dyads(there.events).filter((d) => d.includes("أحمد أبو الغيط")).length, 3, dyads(there.events).join("; "));
  const invited = extract("عقد عقيلة صالح ومحمد تكالة ومحمد المنفي، أمس الأحد، اجتماعا ثلاثيا في القاهرة، بدعوة من الأمين العام للجامعة أحمد أبو الغيط.", "2024-03-11");
  assert.equal(dyads(invited.events).filter((d) => d.includes("أحمد أبو الغيط")).length, 0, dyads(invited.events).join("; "));
});

test("'خلال لقائه X، [when and where]، أكد Y': the possessor is the main clause's subject past a when-and-where set off by commas", () => {
  const doc = extract("خلال لقائه المديرة العامة للمنظمة الدولية للهجرة إيمي بوب، مساء أمس الأربعاء بديوان رئاسة الوزراء في طرابلس، أكد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة أن ليبيا لن تكون بلد توطين.", "2024-03-14");
  assert.deepEqual(dyads(doc.events), ["إيمي بوب – عبد الحميد الدبيبة"]);
});

test("a place an attributed sentence says someone is to go to is not where the encounter was", () => {
  const doc = extract("طرابلس – التقت المديرة العامة للمنظمة الدولية للهجرة إيمي بوب أمس وزير الداخلية عماد الطرابلسي بمقر الوزارة، وبحثا مكافحة تهريب البشر.\nوكان من المقرر أن تتوجه بوب اليوم إلى الكفرة للقاء عميد بلديتها، غير أن الزيارة أرجئت.", "2024-03-14");
  const meeting = doc.events.find((e) => e.type === "meeting" && e.status === "happened");
  assert.equal(meeting?.location?.name, "طرابلس");
});

test("a period compared with ('مقارنة بالفترة ذاتها من العام الماضي') is no encounter's date, so the meeting told again stays one", () => {
  const doc = extract("أجرى وزير الخارجية اليوناني جيورجوس جيرابيتريتيس، الأحد الماضي، محادثات في بنغازي مع المشير خليفة حفتر.\nوقالت مصادر إن الوزير نقل خلال لقائه حفتر قلق أثينا من وصول أكثر من 7 آلاف مهاجر إلى كريت، بزيادة تقارب 200 في المئة مقارنة بالفترة ذاتها من العام الماضي.", "2025-06-19");
  const meetings = doc.events.filter((e) => e.type === "meeting" && e.status === "happened");
  assert.equal(meetings.length, 1, meetings.map((e) => e.date?.value).join(", "));
  assert.equal(meetings[0].date?.value, "2025-06-15");
});

test("'على هامش أعمال مؤتمر ميونيخ للأمن': a gathering named by its city, past the word for its proceedings, is where they met", () => {
  const doc = extract("بحث رئيس المجلس الرئاسي فايز السراج مع وزير الخارجية الألماني هايكو ماس، أمس السبت، على هامش أعمال مؤتمر ميونيخ للأمن، سبل تثبيت الهدنة في محيط العاصمة طرابلس.", "2020-02-16");
  const meeting = doc.events.find((e) => e.type === "meeting");
  assert.equal(meeting?.location?.name_en, "Munich");
});

test("'بحث X مع Y … خلال لقائهما في طرابلس الشهر الماضي': the dual's meeting is the clause's own, and gives it its day and place", () => {
  const doc = extract("وكان وزير الدفاع صلاح الدين النمروش قد بحث ملف نزع الألغام مع السفير الإيطالي خلال لقائهما في طرابلس الشهر الماضي.", "2020-12-03");
  const meetings = doc.events.filter((e) => e.type === "meeting");
  assert.equal(meetings.length, 1);
  assert.equal(meetings[0].date?.value, "2020-11");
  assert.equal(meetings[0].location?.name, "طرابلس");
});

test("'وأمس الأربعاء، جمع لقاء A بـB': the verb right before the meeting noun opens its clause — its day is the meeting's", () => {
  const doc = extract("أجرى وزير الاقتصاد الليبي محمد الحويج، الثلاثاء الماضي في فاليتا، مباحثات مع الوزير إيان بورغ.\nوأمس الأربعاء، جمع لقاء الحويج برئيسة غرفة التجارة المالطية ماريسا شوريب، حيث جرى بحث تنظيم معرض.", "2022-10-27");
  const second = doc.events.find((e) => e.participants.some((p) => p.name === "ماريسا شوريب"));
  assert.equal(second?.date?.value, "2022-10-26");
});

test("a sentence dated after the story ('أن يلتقيا مجددا في فاليتا خلال سبتمبر المقبل') places no encounter it goes on about", () => {
  const doc = extract("روما – بحث وزير الداخلية عماد الطرابلسي مع وزير الداخلية الإيطالي ماتيو بيانتيدوزي، الخميس الماضي، آليات الحد من الهجرة.\nوأكد الجانبان أهمية تفكيك شبكات الاتجار بالبشر.\nوأشار الطرابلسي إلى تراجع حالات الانطلاق.\nوأضاف أن التعاون مستمر.\nوفي اليوم ذاته، جمع لقاء الطرابلسي بوزير الشؤون الداخلية المالطي بايرون كاميليري، تناول تبادل المعلومات.\nواتفق الوزيران على أن يلتقيا مجددا في فاليتا خلال سبتمبر المقبل.", "2023-07-31");
  const malta = doc.events.find((e) => e.type === "meeting" && e.participants.some((p) => p.name === "بايرون كاميليري"));
  assert.notEqual(malta?.location?.name, "فاليتا");
});

test("a bare 'الوزيرة' is the story's own woman official, not the last one named nor a man of unknown gender", () => {
  const doc = extract("التقت وزيرة العدل الليبية سارة الهادي، اليوم الخميس في روما، وزيرة العدل الإيطالية ماريا روسي.\nورحبت روسي بدعوة لزيارة طرابلس.\nوكانت الوزيرة قد بحثت، أمس الأربعاء في روما، مع نائبة وزير الخارجية الإيطالي لوتشيا بيانكي ملف السجناء.", "2022-03-17");
  assert.deepEqual(dyads(doc.events), ["سارة الهادي – لوتشيا بيانكي", "سارة الهادي – ماريا روسي"]);
  const other = extract("التقت وزيرة السياحة الليبية سارة الهادي، الثلاثاء، وزير السياحة المالطي جوزيف بورغ في فاليتا.\nوفي لقاء منفصل الأربعاء، بحثت الوزيرة مع وزير الخارجية المالطي كارل زاميت تسهيل التأشيرات.", "2013-05-09");
  assert.deepEqual(dyads(other.events), ["جوزيف بورغ – سارة الهادي", "سارة الهادي – كارل زاميت"]);
});

test("'اجتماعا مع بعثة صندوق النقد الدولي': a body's mission is a counterpart after مع, as the body itself is", () => {
  const doc = extract("عقد وزير المالية خالد المبروك، أمس الثلاثاء، اجتماعا عبر تقنية الاتصال المرئي مع بعثة صندوق النقد الدولي، خصص لمناقشة الأوضاع المالية.", "2021-06-09");
  assert.deepEqual(dyads(doc.events), ["خالد المبروك – صندوق النقد الدولي"]);
  assert.equal(doc.events.find((e) => e.status === "happened")?.type, "call");
});

test("a surname that is also a word, right after 'في', is the word: 'قادة في المنفى' meet nobody called المنفي", () => {
  const doc = extract("توجه الرئيس التركي رجب طيب أردوغان أمس إلى بروكسل للاجتماع مع قادة في المنفى من الحزب.\nوقال المنفي إن لقاءه مع الدبيبة كان مثمرا.", "2023-08-05");
  assert.ok(!doc.events.some((e) => e.type === "meeting" && e.participants.some((p) => p.name === "محمد المنفي") && e.participants.some((p) => p.name === "رجب طيب أردوغان")));
  // (the surname alone elsewhere is still the person)
  assert.ok(doc.entities.some((e) => e.kb_id === "ly-mohamed-al-menfi"));
});

test("an ordinal in a king's name is no spelling of someone's surname: 'الملك عبد الله الثاني' is not عبد الله الثني", () => {
  const doc = extract("أجرى ولي العهد السعودي مباحثات مع الملك عبد الله الثاني ملك الأردن، أمس، في عمّان.", "2019-03-12");
  const names = doc.events.flatMap((e) => e.participants.map((p) => p.name));
  assert.ok(!names.includes("عبد الله الثني"), names.join(", "));
  assert.ok(names.includes("عبد الله الثاني بن الحسين"), names.join(", "));
});

test("'قال X في اتصال هاتفي لـ«الصحيفة»، عقب لقائه مع Y': an interview by phone and a meeting, not a call with Y", () => {
  const doc = extract("وأوضح وزير الخارجية التونسي عثمان الجرندي في اتصال هاتفي لـ«الأخبار»، عقب لقائه مع نظيره الجزائري رمطان لعمامرة في الجزائر أمس، أن التنسيق مستمر.", "2021-11-10");
  const enc = doc.events.filter((e) => e.type === "meeting" || e.type === "call");
  assert.deepEqual(enc.map((e) => e.type), ["meeting"]);
  assert.deepEqual(dyads(enc), ["رمطان لعمامرة – عثمان الجرندي"]);
});

test("a style of address between a title and the holder's name keeps them one person ('وزير الخارجية معالي الشيخ X'، '… صاحب السمو الملكي الأمير X')", () => {
  const doc = extract("استقبل وزير الخارجية الإماراتي معالي الشيخ عبدالله بن زايد آل نهيان، اليوم في أبوظبي، وزير الخارجية الليبي محمد سيالة.", "2019-04-02");
  assert.deepEqual(dyads(doc.events), ["عبد الله بن زايد آل نهيان – محمد سيالة"]);
  const prince = extract("تلقى ولي العهد صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة اتصالا هاتفيا اليوم من رئيس المجلس الرئاسي الليبي.", "2021-05-02");
  const call = prince.events.find((e) => e.type === "call");
  assert.equal(call?.participants.length, 2);
  assert.ok(call?.participants.some((p) => p.name === "سلمان بن حمد آل خليفة" && p.title === "ولي العهد"), JSON.stringify(call?.participants));
});

test("the head of a title in apposition is no trailing given name: 'الملك محمد السادس ملك المغرب'", () => {
  const doc = extract("استقبل الملك محمد السادس ملك المغرب، أمس في الرباط، رئيس المجلس الرئاسي الليبي.", "2022-06-03");
  const king = doc.mentions.find((m) => m.type === "person" && m.name?.startsWith("محمد السادس"));
  assert.equal(king?.name, "محمد السادس");
});

test("'her' meeting is not a man's: 'أعضاء اللجنة، خلال اجتماعها مع X' takes no subject from the sentence before", () => {
  const doc = extract("التقى وزير الداخلية الليبي عماد الطرابلسي أمس مدير أمن طرابلس.\nوتطرق أعضاء اللجنة الوطنية، خلال اجتماعها مع نائب رئيس الغرفة التجارية سالم الهمالي، وعضو مجلس الإدارة خالد الزنتاني، إلى رصد المدارس الخاصة.", "2023-03-08");
  assert.ok(!doc.events.some((e) => e.participants.some((p) => p.name === "سالم الهمالي") && e.participants.some((p) => p.name === "عماد الطرابلسي")));
  // (nor did the two she met meet each other: they stand on one side behind مع)
  assert.ok(!doc.events.some((e) => e.participants.some((p) => p.name === "سالم الهمالي") && e.participants.some((p) => p.name === "خالد الزنتاني")));
});

test("'مع الوزيرين الإيطالي واليوناني': the two of those countries the article just had; two received together did not meet each other", () => {
  const doc = extract("استقبل رئيس المجلس الرئاسي محمد المنفي، أمس، في طرابلس، وزيري خارجية إيطاليا لويجي دي مايو واليونان نيكوس ديندياس، اللذين وصلا معا.\nوفي لقاء منفصل، بحث رئيس الحكومة عبد الحميد الدبيبة مع الوزيرين الإيطالي واليوناني ملف الهجرة.", "2021-04-07");
  assert.deepEqual(dyads(doc.events), ["عبد الحميد الدبيبة – لويجي دي مايو", "عبد الحميد الدبيبة – نيكوس ديندياس", "لويجي دي مايو – محمد المنفي", "محمد المنفي – نيكوس ديندياس"]);
});

test("'عقد الوزيران جلسة مع نظيرهما X': the counterpart of two, with his title", () => {
  const doc = extract("استقبل رئيس المجلس الرئاسي محمد المنفي، أمس، وزيري خارجية إيطاليا لويجي دي مايو واليونان نيكوس ديندياس.\nثم عقد الوزيران جلسة مباحثات مع نظيرتهما الليبية نجلاء المنقوش.", "2021-04-07");
  assert.ok(dyads(doc.events).includes("لويجي دي مايو – نجلاء المنقوش"), dyads(doc.events).join(" | "));
  assert.ok(dyads(doc.events).includes("نجلاء المنقوش – نيكوس ديندياس"), dyads(doc.events).join(" | "));
});

test("'زيارة قام بها A، برفقة B وC، حيث التقوا D': a plural verb's subject is all of them", () => {
  const doc = extract("وجاء ذلك بعد زيارة قام بها وزير الخارجية الإيطالي لويجي دي مايو، برفقة وزير الخارجية اليوناني نيكوس ديندياس ووزير الخارجية المالطي إيفاريست بارتولو، إلى طرابلس يوم الثلاثاء، حيث التقوا رئيس الحكومة عبد الحميد الدبيبة.", "2021-04-09");
  assert.deepEqual(dyads(doc.events), ["إيفاريست بارتولو – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – لويجي دي مايو", "عبد الحميد الدبيبة – نيكوس ديندياس"]);
});

test("'استقبل X … وفدا تركيا ضم وزراء الخارجية A، والدفاع B': each minister after his own office, all received by X", () => {
  const doc = extract("استقبل رئيس الحكومة عبد الحميد الدبيبة، اليوم، بمقر رئاسة الوزراء في طرابلس، وفدا تركيا رفيع المستوى ضم وزراء الخارجية مولود جاويش أوغلو، والدفاع خلوصي أكار.", "2021-05-03");
  assert.deepEqual(dyads(doc.events), ["خلوصي أكار – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – مولود جاويش أوغلو"]);
  const akar = doc.mentions.find((m) => m.name === "خلوصي أكار");
  assert.equal(akar?.title, "وزير الدفاع");
});

test("'بوزيري الدفاع والداخلية، الجنرال A والجنرال B، في لقاء …': titled in order, met by the subject, not each other", () => {
  const doc = extract("واجتمع نائب رئيس المجلس الرئاسي موسى الكوني، أمس، بوزيري الدفاع والداخلية، الفريق سالم العبيدي والعميد خالد الورفلي، في لقاء خصص لملف الحدود.", "2024-02-14");
  assert.deepEqual(dyads(doc.events), ["خالد الورفلي – موسى الكوني", "سالم العبيدي – موسى الكوني"]);
  assert.equal(doc.mentions.find((m) => m.name === "سالم العبيدي")?.title, "وزير الدفاع");
  assert.equal(doc.mentions.find((m) => m.name === "خالد الورفلي")?.title, "وزير الداخلية");
});

test("'نفت الوزارة، في بيان …، صحة ما تداولته الصفحات بشأن عقد X لقاء مع Y': the denied truth governs the report far on", () => {
  const doc = extract("نفت وزارة الخارجية بحكومة الوحدة الوطنية، في بيان نشرته مساء اليوم على صفحتها الرسمية بموقع فيسبوك، صحة ما تداولته بعض الصفحات والمواقع الإخبارية بشأن عقد وزيرة الخارجية نجلاء المنقوش لقاء مع وزير الخارجية الإيطالي أنطونيو تاياني في روما.", "2023-03-02");
  const m = doc.events.find((e) => e.type === "meeting");
  assert.equal(m?.status, "denied");
});

test("an encounter in the quoted title of a work is the title's wording, not an encounter reported ('نشرنا خبرا بعنوان «X يبحث مع Y …»')", () => {
  const doc = extract("ورد في الخبر الذي نشرناه أمس تحت عنوان «الدبيبة يبحث مع السفير الفرنسي ملف الطاقة» خطأ نعتذر عنه.", "2022-11-21");
  assert.deepEqual(dyads(doc.events), []);
});

test("a meeting put off and the same two's earlier meeting told after 'علما بأن' are two encounters", () => {
  const doc = extract("وأرجئ لقاء كان مقررا اليوم بين المبعوث الأممي عبد الله باتيلي ووزيرة الخارجية نجلاء المنقوش إلى موعد لم يحدد، علما بأن الطرفين التقيا مطلع الشهر الجاري في طرابلس.", "2023-06-13");
  const met = doc.events.filter((e) => e.type === "meeting");
  assert.deepEqual(met.map((e) => `${e.status} ${e.date?.value}`).sort(), ["cancelled 2023-06-13", "happened 2023-06"]);
});

test("a verb of speaking is a call with the means a day's name away: 'تحدثت الثلاثاء عبر تقنية الاتصال المرئي مع X'", () => {
  const doc = extract("وأشارت السفيرة البريطانية كارولين هورندال إلى أنها تحدثت الثلاثاء عبر تقنية الاتصال المرئي مع وزيرة الخارجية نجلاء المنقوش.", "2023-02-09");
  const call = doc.events.find((e) => e.type === "call");
  assert.equal(call?.date?.value, "2023-02-07");
  assert.deepEqual(dyads(doc.events), ["كارولين هورندال – نجلاء المنقوش"]);
  // (not what was spoken about)
  assert.deepEqual(dyads(extract("وتحدث الوزير عماد الطرابلسي عن أهمية وسائل الاتصال الحديثة مع الشباب.", "2023-02-09").events), []);
});

test("'وشارك في الاجتماع A، وB، وC': those after the meeting a weak verb names all took part in it", () => {
  const doc = extract("وعقد في تونس اجتماع ثلاثي على مستوى وزراء الخارجية.\nوشارك في الاجتماع وزير الخارجية الليبي محمد الطاهر سيالة، ووزير الخارجية الجزائري عبد القادر مساهل، ووزير الخارجية التونسي خميس الجهيناوي.", "2017-02-21");
  assert.deepEqual(dyads(doc.events), ["خميس الجهيناوي – عبد القادر مساهل", "خميس الجهيناوي – محمد سيالة", "عبد القادر مساهل – محمد سيالة"]);
});

test("'والمنقوش تبحث مع نظيرها النيجري': her counterpart is no counterpart of the man the sentence titled before", () => {
  const doc = extract("المنفي يتلقى اتصالا من رئيس المجلس العسكري التشادي.. والمنقوش تبحث مع نظيرها النيجري ملف الحدود", "2021-04-28");
  const m = doc.events.find((e) => e.type === "meeting");
  assert.ok(m && !m.participants.some((p) => p.name === "محمد بازوم"), JSON.stringify(m?.participants));
});

test("'بمشاركة X المبعوث الخاص … ورئيس بعثة الدعم في ليبيا': the second post joined by و is his, no one else's", () => {
  const doc = extract("عقدت اللجنة العسكرية المشتركة، أمس، اجتماعا بالقاهرة بمشاركة عبد الله باتيلي المبعوث الخاص للأمين العام للأمم المتحدة ورئيس بعثة الدعم في ليبيا، لبحث إخراج المرتزقة.", "2022-11-17");
  assert.ok(!doc.events.some((e) => e.participants.some((p) => !p.name && p.title?.startsWith("رئيس بعثة"))), JSON.stringify(doc.events.map((e) => e.participants)));
  assert.equal(doc.mentions.filter((m) => m.type === "title" && m.title?.startsWith("رئيس بعثة")).length, 0);
});

test("a date in what was said at the encounter is not its date ('وقال X، خلال لقائه Y، إن … خلال العام الماضي')", () => {
  const doc = extract("بحث وزير العمل المصري حسن شحاتة، الأحد الماضي بالقاهرة، مع وزير العمل الليبي علي العابد تنظيم انتقال العمالة.\nوقال شحاتة، خلال لقائه الوزير الليبي، إن الوزارة وثقت نحو 62 ألف عقد عمل خلال العام الماضي.", "2023-03-14");
  const met = doc.events.filter((e) => e.type === "meeting" && e.status === "happened");
  assert.deepEqual(met.map((e) => e.date?.value), ["2023-03-12"]);
});

test("'وزيرا الهجرة واللجوء A وحماية المواطن B': an office of two words, its holder, then the second office and its holder", () => {
  const doc = extract("بحث وزيرا الهجرة واللجوء اليونانيان نيكوس باناغيوتوبولوس وحماية المواطن ميخاليس خريسوخويديس، أمس، مع وزير الداخلية الليبي عماد الطرابلسي ملف الهجرة.", "2024-06-21");
  const a = doc.mentions.find((m) => m.name === "نيكوس باناغيوتوبولوس");
  const b = doc.mentions.find((m) => m.name === "ميخاليس خريسوخويديس");
  assert.ok(a?.title?.startsWith("وزير الهجرة واللجوء"), a?.title);
  assert.equal(b?.title, "وزير حماية المواطن");
  assert.equal(dyads(doc.events).length, 2);
});

test("'وفد أوروبي يضم A، ووزيري الداخلية الإيطالي B والمالطي C' and later 'وكان الوفد قد أجرى مباحثات مع X': each member met X", () => {
  const doc = extract("وأعلنت الحكومة، مساء أمس، اعتبار وفد أوروبي يضم المفوض الأوروبي للشؤون الداخلية ماغنوس برونر، ووزيري الداخلية الإيطالي ماتيو بيانتيدوزي والمالطي بايرون كاميليري، أشخاصا غير مرغوب فيهم.\nوكان الوفد قد أجرى، صباح اليوم نفسه، مباحثات في طرابلس مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2025-07-09");
  assert.deepEqual(dyads(doc.events), ["بايرون كاميليري – عبد الحميد الدبيبة", "عبد الحميد الدبيبة – ماتيو بيانتيدوزي", "عبد الحميد الدبيبة – ماغنوس برونر"]);
});

test("'اللقاء تناول … مع مجلس النواب': a verb of talking whose subject is the encounter opens none of its own", () => {
  const doc = extract("استقبل رئيس المجلس الأعلى للدولة محمد تكالة، اليوم، سفيرة المملكة المتحدة لدى ليبيا كارولين هورندال.\nوذكر المكتب الإعلامي أن اللقاء تناول موقف المجلس من القوانين التي أعدتها اللجنة المشتركة مع مجلس النواب.", "2024-02-11");
  assert.deepEqual(dyads(doc.events), ["كارولين هورندال – محمد تكالة"]);
  // (a verb that gathers people still names who met: "جمع اللقاء A وB")
  assert.deepEqual(dyads(extract("وجمع اللقاء رئيس الحكومة الليبية علي زيدان والوزير الأول الجزائري عبد المالك سلال في غدامس.", "2013-01-13").events), ["عبد المالك سلال – علي زيدان"]);
});

test("'كبير مستشاري الرئيس الأميركي للشؤون العربية والأفريقية X': the joined domain names no country; 'المسؤول الأميركي' is then X", () => {
  const doc = extract("التقى كبير مستشاري الرئيس الأميركي للشؤون العربية والأفريقية، مسعد بولس، أمس في طرابلس، رئيس الحكومة عبد الحميد الدبيبة.\nوفي لقاء منفصل، بحث المسؤول الأميركي مع رئيس المجلس الرئاسي محمد المنفي مسار العملية السياسية.", "2025-07-24");
  assert.deepEqual(dyads(doc.events), ["عبد الحميد الدبيبة – مسعد بولس", "محمد المنفي – مسعد بولس"]);
});

test("a peer's style is a rank before the name ('…، اللورد طارق أحمد')", () => {
  const doc = extract("وعقد وزير الدولة البريطاني لشؤون الشرق الأوسط، اللورد طارق أحمد، الخميس الماضي، اجتماعا مع رئيس المجلس الرئاسي محمد المنفي.", "2024-02-11");
  assert.deepEqual(dyads(doc.events), ["طارق أحمد – محمد المنفي"]);
});

test("a headline's unknown word in the shape of a verb's present after a title is no name ('عميد البلدية يطرق أبواب الوزارات'), and the headline's bare title is the body's fuller one", () => {
  const doc = extract("عميد البلدية يطرق أبواب الوزارات\nأجرى عميد بلدية مصراتة، أمس، مباحثات في طرابلس مع وزير الداخلية خالد مازن.\nكما بحث عميد البلدية، في لقاء منفصل، مع رئيس جهاز مكافحة الهجرة غير الشرعية أوضاع مراكز الإيواء.", "2022-05-09");
  assert.ok(!doc.mentions.some((m) => m.name?.includes("يطرق")));
  assert.deepEqual(dyads(doc.events), ["خالد مازن – عميد بلدية مصراتة", "رئيس جهاز مكافحة الهجرة غير الشرعية – عميد بلدية مصراتة"]);
});

test("'اجتماعا ثلاثيا مع A وB': a meeting of three sides, all met all, even of one country", () => {
  const doc = extract("وعقد المبعوث الأممي غسان سلامة، اليوم، اجتماعا ثلاثيا مع رئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري.", "2018-11-13");
  assert.deepEqual(dyads(doc.events), ["خالد المشري – عقيلة صالح", "خالد المشري – غسان سلامة", "عقيلة صالح – غسان سلامة"]);
});

test("a verb's مع after a body said to be joint ('تناول تشكيل اللجنة المشتركة مع مجلس النواب') meets no one", () => {
  const doc = extract("وعقد المبعوث الأممي غسان سلامة اجتماعا مع رئيس المجلس الأعلى للدولة عبد الرحمن السويحلي، تناول تشكيل لجنة الصياغة المشتركة مع مجلس النواب.", "2017-09-06");
  assert.deepEqual(dyads(doc.events), ["عبد الرحمن السويحلي – غسان سلامة"]);
});

test("'استقبل حفتر المبعوث الأممي في مقر القيادة العامة … وشدد حفتر': the title after the verb is the one received, whoever is named again", () => {
  const doc = extract("وفي يوم الاثنين، استقبل حفتر المبعوث الأممي في مقر القيادة العامة بالرجمة، حيث جرى بحث الهدنة. وذكر بيان للقيادة العامة أن حفتر شدد خلال اللقاء على محاربة الإرهاب.", "2019-12-03");
  const m = doc.events.find((e) => e.type === "meeting");
  assert.equal(m?.participants.length, 2);
  assert.ok(m?.participants.some((p) => p.title === "المبعوث الأممي"), JSON.stringify(m?.participants));
});

test("'أجرى وفد من وزارة الدفاع الروسية برئاسة X مباحثات مع Z': the delegation's head is the principal, not the body; 'بمنطقة الرجمة' is where", () => {
  const doc = extract("أجرى وفد من وزارة الدفاع الروسية برئاسة نائب وزير الدفاع يونس بك يفكوروف، أمس، مباحثات مع المشير خليفة حفتر، في مقر القيادة العامة بمنطقة الرجمة شرقي بنغازي.", "2023-08-23");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – يونس بك يفكوروف"]);
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "الرجمة");
});

test("a rank and name quoted after a ship's noun are the ship's name ('حاملة الطائرات الروسية «الأميرال كوزنيتسوف»')", () => {
  const doc = extract("وصعد حفتر على متن حاملة الطائرات الروسية «الأميرال كوزنيتسوف» قبالة السواحل الليبية، وأجرى من على متنها اتصالا عبر الفيديو مع وزير الدفاع الروسي سيرغي شويغو.", "2017-01-12");
  assert.ok(!doc.mentions.some((m) => m.name?.includes("كوزنيتسوف")));
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – سيرغي شويغو"]);
});

test("'عقد A وB جلسة مع X، ثم اجتمعا بـY': the dual verb goes on with the two of the clause before", () => {
  const doc = extract("عقد وزيرا الخارجية والدفاع الروسيان، سيرغي لافروف وسيرغي شويغو، أمس، جلسة مباحثات مع رئيس المجلس الرئاسي فايز السراج، ثم اجتمعا في قاعة منفصلة بالمشير خليفة حفتر.", "2020-01-14");
  assert.deepEqual(dyads(doc.events), ["خليفة حفتر – سيرغي شويغو", "خليفة حفتر – سيرغي لافروف", "سيرغي شويغو – فائز السراج", "سيرغي لافروف – فائز السراج"]);
});

test("'وكان الوزيران A وB قد أجريا اتصالا': the two the dual names right after it, not the two sides of the last encounter", () => {
  const doc = extract("بحث وزير العمل المصري حسن شحاتة، الأحد الماضي بالقاهرة، مع وزير العمل الليبي علي العابد تنظيم انتقال العمالة.\nكما التقى الوزير الليبي، في اليوم ذاته، وزير الخارجية المصري سامح شكري.\nوكان الوزيران شحاتة والعابد قد أجريا اتصالا هاتفيا نهاية الشهر الماضي.", "2023-03-14");
  const call = doc.events.find((e) => e.type === "call");
  assert.deepEqual(call?.participants.map((p) => p.name).sort(), ["حسن شحاتة", "علي العابد"]);
});

test("a plural noun with a pronoun after a title is what he did, not his name ('حمله أمير قطر تحياته لخادم الحرمين')", () => {
  const doc = extract("واستقبل أمير قطر تميم بن حمد آل ثاني وزير الخارجية السعودي عادل الجبير، فيما حمله أمير قطر تحياته لخادم الحرمين الشريفين وتمنياته له بموفور الصحة، وجرى خلال الاستقبال بحث القضايا الإقليمية.", "2015-07-25");
  assert.ok(!doc.mentions.some((m) => m.name === "تحياته"));
  assert.ok(!doc.events.some((e) => e.participants.some((p) => p.name === "تحياته")));
});

test("a news outlet spoken to is no party to an encounter ('في اتصال هاتفي مع وكالة رويترز')", () => {
  const doc = extract("وقال رئيس الحكومة عبد الحميد الدبيبة في اتصال هاتفي مع وكالة رويترز إن الانتخابات ستجرى في موعدها.", "2021-10-02");
  assert.deepEqual(dyads(doc.events), []);
});

test("a بين another noun takes for itself names its sides, not who met ('محادثات الأمم المتحدة هي الأمل لوقف القتال بين الجماعات')", () => {
  const doc = extract("ويقول مسؤولون غربيون إن محادثات الأمم المتحدة هي الأمل الوحيد لوقف القتال بين الجماعات المتحالفة مع الحكومتين بعد الإطاحة بمعمر القذافي.", "2015-07-20");
  assert.deepEqual(dyads(doc.events), []);
});

test("'استقبل X A، وB، في لقاء ثلاثي': the meeting named after the objects has three sides — all met all", () => {
  const doc = extract("وكان وزير الخارجية المغربي ناصر بوريطة قد استقبل، في أكتوبر الماضي بالرباط، رئيس مجلس النواب الليبي عقيلة صالح، ورئيس المجلس الأعلى للدولة خالد المشري، في لقاء ثلاثي تمخض عنه اتفاق.", "2023-06-05");
  assert.deepEqual(dyads(doc.events), ["خالد المشري – عقيلة صالح", "خالد المشري – ناصر بوريطة", "عقيلة صالح – ناصر بوريطة"]);
});

test("'بعد الاتصال الهاتفي الذي جمعه بـX': what gathered them was a call, an encounter of its own", () => {
  const doc = extract("استقبل رئيس الجمهورية عبد المجيد تبون اليوم رئيس المجلس الرئاسي الليبي محمد المنفي.\nوتأتي زيارة السيد المنفي بعد الاتصال الهاتفي الذي جمعه بالرئيس تبون مطلع الشهر الجاري.", "2024-01-21");
  assert.deepEqual(doc.events.filter((e) => e.type === "meeting" || e.type === "call").map((e) => `${e.type} ${e.date?.value}`).sort(), ["call 2024-01", "meeting 2024-01-21"]);
});

test("'وتباحث سموه مع الضيفين': the two guests are the encounter's, whose topics it gives", () => {
  const doc = extract("استقبل أمير دولة الكويت الشيخ صباح الأحمد الجابر الصباح اليوم رئيس المجلس الرئاسي فائز السراج ووزير الخارجية محمد سيالة. وتباحث سموه مع الضيفين في جهود تحقيق المصالحة الوطنية.", "2017-03-14");
  const meetings = doc.events.filter((e) => e.type === "meeting");
  assert.equal(meetings.length, 2);
  for (const e of meetings) assert.deepEqual(e.topics, ["political_process"]);
});

test("a verb and a meeting noun of one sentence report one encounter, though its opening tells it as background", () => {
  const doc = extract("وكان الدايري قد بحث، نهاية الشهر الماضي، مع الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني، خلال لقائهما في مقر الأمانة العامة بالرياض، دعم جهود الأمم المتحدة للتسوية السياسية.", "2015-11-10");
  assert.equal(doc.events.filter((e) => e.type === "meeting").length, 1);
});

test("'المفوض المجري': an EU official named by his own nationality is the one the article named", () => {
  const doc = extract("استقبلت رئيسة الحكومة نجلاء بودن أمس المفوض الأوروبي لسياسة الجوار أوليفر فارهيلي. وفي اليوم ذاته، أجرى المفوض المجري جلسة مباحثات مع وزير الخارجية عثمان الجرندي.", "2022-11-25");
  assert.deepEqual(dyads(doc.events).sort(), ["أوليفر فارهيلي – عثمان الجرندي", "أوليفر فارهيلي – نجلاء بودن"].sort());
  // but "السفير الإيطالي" is Italy's ambassador, not the EU's who is Italian
  const amb = extract("بحث وزير الداخلية عماد الطرابلسي أمس مع سفير الاتحاد الأوروبي لدى ليبيا نيكولا أورلاندو ملف الهجرة. وفي لقاء منفصل، استقبل الطرابلسي السفير الإيطالي لدى ليبيا.", "2024-05-22");
  assert.equal(amb.events.filter((e) => e.participants.some((p) => p.name === "نيكولا أورلاندو")).length, 1);
});

test("a visit named after a call or meeting noun owns the light verb and the names after it ('وجاء الاتصال بعد زيارة أجراها X إلى تونس')", () => {
  const doc = extract("أجرى الممثل الأعلى جوزيب بوريل أمس اتصالا هاتفيا مع وزير الخارجية التونسي عثمان الجرندي. وجاء الاتصال بعد أسابيع من زيارة أجراها بوريل إلى تونس في العاشر من سبتمبر، التقى خلالها الرئيس قيس سعيد.", "2021-10-19");
  assert.deepEqual(doc.events.filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join(" – ")), ["جوزيب بوريل – عثمان الجرندي"]);
  const greek = extract("عقد صدام حفتر اجتماعا مع وزير الهجرة ثانوس بليفريس. ويأتي اللقاء بعد زيارة أجراها وزير الخارجية اليوناني جيورجوس جيرابيتريتيس إلى بنغازي، التقى خلالها رئيس مجلس النواب عقيلة صالح.", "2025-05-16");
  assert.ok(!dyads(greek.events).some((d) => d.includes("صدام حفتر") && d.includes("جيرابيتريتيس")));
});

test("'الوزير النفطي': a surname that is also an ordinary adjective, after a bare title, is the one the article named with it", () => {
  const doc = extract("التقت المفوضة الأوروبية دوبرافكا شويتسا وزير الخارجية محمد علي النفطي. وعقد وزير الداخلية خالد النوري اجتماعا مع المفوض ماغنوس برونر. وكانت كايا كالاس قد بحثت مع الوزير النفطي، في اتصال هاتفي، الوضع في السودان.", "2025-02-18");
  assert.deepEqual(doc.events.filter((e) => e.type === "call").map((e) => e.participants.map((p) => p.name).sort().join(" – ")), ["كايا كالاس – محمد علي النفطي"]);
});

test("a dual title, a comma and two full names: each met the host ('استقبل X وزيري الداخلية والخارجية بالحكومة …، A وB')", () => {
  const doc = extract("استقبل وزير الداخلية الإيطالي ماتيو بيانتيدوزي أمس وزيري الداخلية والخارجية بالحكومة الليبية المكلفة من مجلس النواب، عصام أبوزريبة وعبد الهادي الحويج، في مقر الوزارة.", "2023-06-08");
  assert.deepEqual(dyads(doc.events).sort(), ["عبد الهادي الحويج – ماتيو بيانتيدوزي", "عصام أبو زريبة – ماتيو بيانتيدوزي"]);
});

test("'اجتمع X، في وقت لاحق من اليوم نفسه، بوزيري الدفاع A والداخلية B': the two behind ب met X, not each other", () => {
  const doc = extract("كما اجتمع رئيس الحكومة علي زيدان، في وقت لاحق من اليوم نفسه، بوزيري الدفاع ماريو ماورو والداخلية أنجلينو ألفانو.", "2013-07-05");
  assert.deepEqual(dyads(doc.events).sort(), ["أنجلينو ألفانو – علي زيدان", "علي زيدان – ماريو ماورو"]);
});

test("where and when: a place in what was done during the encounter is not its venue; a day a statement was put out on is not the one 'في اليوم التالي' counts from; a date after منذ is since when", () => {
  const venue = extract("طرابلس - عقد وزير الداخلية الإيطالي ماتيو بيانتيدوزي أمس اجتماعا مع وزير الداخلية عماد الطرابلسي، جرى خلاله الاتفاق على تنظيم دورات تدريبية في ميناء أوغوستا بجزيرة صقلية.", "2023-10-05");
  assert.notEqual(venue.events.find((e) => e.type === "meeting")?.location?.name, "صقلية");
  const next = extract("أجرى وزير الداخلية خالد مازن، الخميس 10 يونيو، جلسة مباحثات مع نظيرته الإيطالية لوتشيانا لامورجيزي في روما. وأوضحت الوزارة، في بيان نشرته مساء أمس السبت، أن المباحثات تركزت على الهجرة. وفي اليوم التالي، التقى الوزير الليبي رئيس الشرطة الإيطالية لامبرتو جانيني.", "2021-06-13");
  assert.equal(next.events.find((e) => e.participants.some((p) => p.name === "لامبرتو جانيني"))?.date?.value, "2021-06-11");
  const since = extract("ويعد هذا أول لقاء يجمع الوزير خالد مازن والوزيرة لوتشيانا لامورجيزي منذ منح مجلس النواب الثقة لحكومة الوحدة الوطنية في مارس الماضي.", "2021-06-13");
  assert.ok(!since.events.some((e) => e.date?.value === "2021-03"));
});

test("one office said two ways is one person: the headline's 'عمدة لامبيدوزا' is the body's 'رئيس بلدية لامبيدوزا X'", () => {
  const doc = extract("لامورجيزي تلتقي عمدة لامبيدوزا\nالتقت وزيرة الداخلية الإيطالية لوتشيانا لامورجيزي، اليوم، في روما رئيس بلدية لامبيدوزا سالفاتوري مارتيلو لبحث الضغط على الجزيرة.", "2021-05-11");
  assert.equal(doc.events.filter((e) => e.type === "meeting").length, 1);
});

test("a verb of a derived form ends a name the tagger ran on ('سعيد يحتضن …'); an encounter told in a sentence opened in the pluperfect stays apart from the story's of the same three", () => {
  const doc = extract("سعيد يحتضن أول اجتماع تشاوري ثلاثي مع تبون والمنفي بقصر قرطاج\nتونس - احتضن قصر قرطاج، أمس الاثنين 22 أفريل 2024، أشغال الاجتماع التشاوري الأول بين قادة تونس والجزائر وليبيا، الذي جمع رئيس الجمهورية قيس سعيد بالرئيس الجزائري عبد المجيد تبون ورئيس المجلس الرئاسي الليبي محمد المنفي.\nوكانت فكرة هذا الإطار التشاوري قد طرحت خلال لقاء ثلاثي جمع سعيد وتبون والمنفي في الجزائر العاصمة مطلع مارس الماضي.", "2024-04-23");
  assert.ok(!doc.entities.some((e) => e.name.includes("يحتضن")));
  const days = doc.events.filter((e) => e.type === "meeting").map((e) => e.date?.value).sort();
  assert.deepEqual(days, ["2024-03", "2024-03", "2024-03", "2024-04-22", "2024-04-22", "2024-04-22"]);
});

test("an island the encounter was on gives way to the dateline's city on it ('باليرمو - … وصل إلى صقلية، حيث استقبله X'); 'الوزيرين A وB' are two named ministers", () => {
  const doc = extract("باليرمو - وكان المشير خليفة حفتر قد وصل إلى صقلية مساء أمس الأول، حيث استقبله رئيس مجلس الوزراء الإيطالي جوزيبي كونتي وبحث معه سبل إنجاح المؤتمر.", "2018-11-14");
  assert.equal(doc.events.find((e) => e.type === "meeting")?.location?.name, "باليرمو");
  const two = extract("واستقبل الرئيس التونسي الباجي قائد السبسي الوزيرين مساهل وشكري بقصر قرطاج.", "2018-12-18");
  assert.ok(two.mentions.some((m) => m.name === "مساهل" && m.title === "الوزير"));
});

test("municipal posts: a post of another town is another person ('استقبل عمدة باليرمو، X، عميد بلدية مصراتة'); 'عميد بلدية بنغازي في ميلانو' is in Milan, not its mayor; 'لقاء جمعهما' gathered the two named before, not those present after it", () => {
  const doc = extract("وفي لقاء منفصل مساء أمس، استقبل عمدة باليرمو، ليولوكا أورلاندو، عميد بلدية مصراتة والوفد المرافق له في قصر المدينة.", "2017-03-16");
  assert.equal(doc.events.filter((e) => e.type === "meeting").length, 1);
  assert.ok(!doc.entities.some((e) => e.name === "ليولوكا أورلاندو" && e.titles.some((t) => t.includes("مصراتة"))));
  const milan = extract("عميد بلدية بنغازي في ميلانو: مباحثات حول علاج المرضى\nوفي اليوم ذاته، تباحث العميد مع عمدة ميلانو، جوزيبي سالا، في قصر مارينو حول فكرة توأمة بين المدينتين.", "2021-06-12");
  assert.ok(!milan.entities.some((e) => e.name === "جوزيبي سالا" && e.titles.some((t) => t.includes("بنغازي"))));
  const present = extract("بحث عميد بلدية مصراتة محمد اشتيوي أمس مع رئيس إقليم صقلية روزاريو كروتشيتا سبل التعاون، وذلك خلال لقاء جمعهما في باليرمو، بحضور عضو المجلس البلدي وسعادة القنصل العام الليبي في باليرمو.", "2017-03-16");
  assert.deepEqual(dyads(present.events), ["روزاريو كروتشيتا – محمد اشتيوي"]);
});

test("a live page: items stamped with their hour are of the publication day, each placed by its own dateline after the hour; a palace named after a place of another country is in the item's city", () => {
  const doc = extract("مباشر | يوم دبلوماسي حافل\n09:30 — الرجمة: القائد العام المشير خليفة حفتر يستقبل وزير الدفاع الإيطالي غويدو كروسيتو.\n10:15 — أعلن الصندوق إطلاق 35 مشروعا جديدا في درنة.\n11:40 — روما: رئيس مجلس النواب عقيلة صالح يلتقي رئيس مجلس الشيوخ الإيطالي إينياتسيو لاروسا في قصر ماداما.\n14:10 — طرابلس: المبعوثة الأممية هانا تيتيه تبحث مع رئيس المجلس الرئاسي محمد المنفي العملية السياسية.", "2025-04-08");
  const meetings = doc.events.filter((e) => e.type === "meeting");
  assert.equal(meetings.length, 3);
  for (const e of meetings) assert.equal(e.date?.value, "2025-04-08");
  assert.deepEqual(meetings.map((e) => e.location?.name).sort(), ["الرجمة", "روما", "طرابلس"].sort());
});

test("'استقبل X، رفقة Y، اليوم، بمقر …، Z': one who came with the host met the guest too, and is no guest himself", () => {
  const doc = extract("استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، رفقة رئيس الأركان العامة الفريق أول محمد الحداد، اليوم الثلاثاء، بمقر ديوان رئاسة الوزراء في طرابلس، وزير الدفاع الوطني التركي يشار غولر والوفد المرافق له.", "2024-03-05");
  assert.deepEqual(dyads(doc.events).sort(), ["عبد الحميد الدبيبة – يشار غولر", "محمد الحداد – يشار غولر"]);
  // (and so with برفقة and يرافقه, which the reading of those present leaves out)
  const with2 = extract("استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، برفقة رئيس الأركان العامة الفريق أول محمد الحداد، اليوم، وزير الدفاع التركي يشار غولر.", "2024-03-05");
  assert.deepEqual(dyads(with2.events).sort(), ["عبد الحميد الدبيبة – يشار غولر", "محمد الحداد – يشار غولر"]);
  const with3 = extract("واستقبل الدبيبة، يرافقه وزير الداخلية عماد الطرابلسي، السفير الإيطالي جانلوكا ألبريني.", "2024-03-05");
  assert.equal(dyads(with3.events).length, 2);
});

test("'انتقل الوفد الأمريكي إلى بنغازي، حيث التقى X': a delegation of one country is its people the article's encounters had, not the last subject alone", () => {
  const doc = extract("استقبل الدبيبة أمس قائد أفريكوم الجنرال مايكل لانغلي والسفير ريتشارد نورلاند. وعقد لانغلي اجتماعا مع رئيس الأركان محمد الحداد. وصباح اليوم، انتقل الوفد الأمريكي إلى مدينة بنغازي، حيث التقى المشير خليفة حفتر.", "2023-03-15");
  assert.deepEqual(dyads(doc.events).filter((d) => d.includes("حفتر")).sort(), ["خليفة حفتر – ريتشارد نورلاند", "خليفة حفتر – مايكل لانغلي"]);
});

test("an interview: the answer after a question ('* …؟' then '- تلقيت أمس اتصالا من X') is the interviewee's; a headline's speaker before its colon; 'ولن ألتقي X' denies", () => {
  const doc = extract("المشري: لا انتخابات بحكومتين\nطرابلس - في مقابلة خاصة مع الجزيرة نت، تحدث رئيس المجلس الأعلى للدولة في ليبيا خالد المشري عن تفاهماته الأخيرة مع رئيس مجلس النواب، وموقفه من الحكومتين، وعلاقة المجلس بالولايات المتحدة والأمم المتحدة. وفيما يلي نص الحوار:\n* وماذا عن الموقف الأمريكي من هذه التفاهمات؟\n- تلقيت أمس اتصالا هاتفيا من السفير والمبعوث الأمريكي الخاص ريتشارد نورلاند، وأكد لي دعم واشنطن لأي توافق بين المجلسين يقود إلى الانتخابات في أقرب وقت ممكن.\n* هل تواصلتم مع المبعوث الأممي الجديد؟\n- نعم، التقيت السيد عبد الله باتيلي مطلع الشهر الجاري في مقر المجلس بطرابلس، ووجدته مستمعا جيدا لما قدمناه من مقترحات.", "2022-11-10");
  assert.deepEqual(dyads(doc.events).sort(), ["خالد المشري – ريتشارد نورلاند", "خالد المشري – عبد الله باتيلي"]);
  const head = extract("المشري للجزيرة نت: التقيت عقيلة صالح في الرباط.. ولن ألتقي حفتر", "2022-11-10");
  assert.deepEqual(dyads(head.events), ["خالد المشري – عقيلة صالح"]);
  assert.ok(head.events.every((e) => e.status !== "happened" || !e.participants.some((p) => p.name === "خليفة حفتر")));
});

test("a gathering named by its city in the headline places the encounters on its margins when nothing else does ('مؤتمر روما الوزاري: لقاءات على الهامش')", () => {
  const doc = extract("مباشر | مؤتمر روما الوزاري حول الهجرة والتنمية في المتوسط: لقاءات على الهامش\n10:20 — على هامش المؤتمر، ميلوني تلتقي رئيس المجلس الرئاسي الليبي محمد المنفي.\n11:45 — أجرى وزير الخارجية الإيطالي أنطونيو تاياني مباحثات مع نظيره التونسي نبيل عمار.\n13:15 — ناقش رئيس الوزراء المالطي روبرت أبيلا مع وزير الداخلية الإيطالي ماتيو بيانتيدوزي آلية توزيع المهاجرين.", "2023-11-16");
  const meetings = doc.events.filter((e) => e.type === "meeting");
  assert.equal(meetings.length, 3);
  for (const e of meetings) assert.equal(e.location?.name, "روما");
});
