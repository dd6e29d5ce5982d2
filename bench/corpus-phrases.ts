/**
 * Internal (benchmarks): the Arabic phrase tables of the corpus generator (bench/generate-corpus.ts). Data only:
 * event clauses per incident type, attribution frames with relay chains, denials, titles, filler, boilerplate
 * tails, dates and number words, in the style of the seed articles. Placeholders: {P} perpetrator, {T} target,
 * {L} place phrase, {D} date phrase, {F} figures phrase, {S} event clause, {SRC} source, {OUT} outlet name,
 * {AG} agency name, {REG} region, {WHO} person, {N} number.
 */

/** Incident types the generator tells stories of, with how often (weights add up to 1). */
export const STORY_TYPES: readonly (readonly [string, number])[] = [
  ['airstrike', 0.3], ['shelling', 0.22], ['clash', 0.18], ['attack', 0.12], ['killing', 0.06],
  ['displacement', 0.05], ['reinforcement', 0.04], ['capture', 0.03],
];

/** Event clauses per type; {F} is the figures phrase (absent for types without victims). */
export const EVENT_CLAUSES: Readonly<Record<string, readonly string[]>> = {
  airstrike: [
    'شنت طائرات {P} غارات جوية على {L} {D}، ما أسفر عن مقتل {F}',
    'استهدف طيران {P} {L} بعدة غارات {D}، ما أدى إلى مقتل {F}',
    'قتل {F} جراء غارات جوية لـ {P} على {L} {D}',
    'نفذت مقاتلات {P} ضربات جوية على {L} {D}، وأسفرت الغارات عن مقتل {F}',
  ],
  shelling: [
    'قصفت {P} {L} بقذائف المدفعية الثقيلة {D}، ما أدى إلى مقتل {F}',
    'تعرضت {L} لقصف مدفعي وصاروخي من قبل {P} {D}، ما أسفر عن مقتل {F}',
    'قتل {F} بقصف صاروخي لـ {P} استهدف {L} {D}',
  ],
  clash: [
    'اندلعت اشتباكات عنيفة بين {P} و{T} في محيط {L} {D}، قتل خلالها {F}',
    'دارت معارك عنيفة بين {P} و{T} على أطراف {L} {D}، انتهت بمقتل {F}',
  ],
  attack: [
    'هاجم عناصر من {P} مواقع {T} في {L} {D}، وأسفر الهجوم عن مقتل {F}',
    'انفجرت سيارة مفخخة في {L} {D}، ما أدى إلى مقتل {F}، في هجوم تبناه {P}',
    'شن {P} هجوماً على نقاط {T} قرب {L} {D}، قتل فيه {F}',
  ],
  killing: [
    'أعدم عناصر {P} {F} في {L} {D}',
    'عثر الأهالي على جثث {F} في {L} {D}، قتلوا على يد {P}',
  ],
  displacement: [
    'نزحت عشرات العائلات من {L} {D} هرباً من قصف {P}',
    'شهدت {L} {D} موجة نزوح كبيرة بعد تصعيد {P} العسكري',
  ],
  reinforcement: [
    'أرسل {P} تعزيزات عسكرية جديدة إلى {L} {D}',
    'وصلت تعزيزات عسكرية لـ {P} إلى {L} {D}، تضم آليات ثقيلة وعناصر',
  ],
  capture: [
    'سيطرت {P} على {L} {D} بعد معارك مع {T}',
    'تمكنت {P} من السيطرة على {L} {D} إثر انسحاب {T}',
  ],
};

/** Attribution frames: how a report says whose word the event clause is. Kinds decide what fills them. */
export const FRAMES = {
  named: ['{V} {SRC}، إن {S}', '{V} {SRC} {D2}، أن {S}', 'وبحسب {SRC}، فإن {S}'],
  anonymousToOutlet: ['وأفادت {SRC} لـ {OUT}، أن {S}', 'وقالت {SRC} لـ {OUT} إن {S}'],
  relayed: ['{S}، بحسب ما نقلت {AG} عن {SRC}', 'ونقلت {AG} عن {SRC} أن {S}', 'وذكرت {AG} نقلاً عن {SRC} أن {S}'],
  correspondent: ['وقال مراسل {OUT} في {REG} “{WHO}” إن {S}', 'وأكد مراسل “{OUT}” في {REG} “{WHO}” أن {S}'],
} as const;

/** Speech verbs for the named frame (past tense, masculine and feminine forms the extractor knows). */
export const SPEECH_VERBS = ['قال', 'أفاد', 'أكد', 'ذكر', 'أوضح', 'أعلن', 'قالت', 'أفادت', 'ذكرت', 'أكدت'];

/** Continuation sentences: the previous source goes on. {F} figures, {L} place. */
export const CONTINUATIONS = [
  'وأضاف أن حصيلة الضحايا مرشحة للارتفاع بسبب وجود {F} بحالة خطرة.',
  'وأوضح أن فرق الدفاع المدني انتشلت جثث الضحايا من تحت الأنقاض في {L}.',
  'وأشار إلى أن معظم الضحايا من النساء والأطفال.',
  'وأضافت المصادر أن القصف تسبب بدمار كبير في منازل المدنيين.',
];

/** Denials and accusations: {P} denies, {T} accuses. */
export const DENIALS = [
  'في المقابل، نفى {P} في بيان {D} استهداف المدنيين في {L}، مؤكداً أن عملياته طالت مواقع عسكرية فقط.',
  'الأمر الذي نفاه {P}، مؤكداً أن الضربات استهدفت مقرات لـ {T}.',
];
export const ACCUSATIONS = ['واتهم {T} {P} بارتكاب مجزرة بحق المدنيين في {L}.', 'وحمّل {T} {P} المسؤولية الكاملة عن مقتل {F}.'];

/** Background sentences about an earlier story ("Earlier, X had ..."): {S} is that story's event clause. */
export const EARLIER = ['وكانت مصادر محلية قد أفادت بأن {S}.', 'وكان {SRC} قد ذكر في وقت سابق أن {S}.', 'ويأتي ذلك بعد أيام من إعلان ناشطين أن {S}.'];

/** Titles by type. */
export const TITLES: Readonly<Record<string, readonly string[]>> = {
  airstrike: ['مقتل {N} مدنيين بغارات جوية على {PL}', '{PS} يقصف {PL} ويوقع ضحايا', 'غارات جوية تستهدف {PL} في ريف {GOV}'],
  shelling: ['قصف مدفعي على {PL} يوقع ضحايا مدنيين', '{PS} تقصف {PL} بالمدفعية الثقيلة'],
  clash: ['اشتباكات عنيفة بين {PS} و{TS} في ريف {GOV}', 'معارك في محيط {PL} وقتلى من الطرفين'],
  attack: ['هجوم على مواقع {TS} في {PL}', 'قتلى بهجوم في {PL} بريف {GOV}'],
  killing: ['{PS} يعدم مدنيين في {PL}', 'العثور على جثث مدنيين في {PL}'],
  displacement: ['موجة نزوح جديدة من {PL}', 'نزوح عشرات العائلات من ريف {GOV}'],
  reinforcement: ['تعزيزات عسكرية لـ {PS} تصل إلى {PL}', '{PS} يرسل تعزيزات إلى ريف {GOV}'],
  capture: ['{PS} تسيطر على {PL}', 'تقدم لـ {PS} في ريف {GOV}'],
};

/** Sections that open some articles, as in the seeds. */
export const SECTIONS = ['الشأن السوري', 'أخبار سوريا', 'اخبار سوريا', 'تقارير', 'سوريا', 'المنطقة الشرقية'];

/** Filler sentences (no incident, no figures) that bring articles to seed length. */
export const FILLER = [
  'ويأتي ذلك في ظل تصعيد عسكري تشهده المنطقة منذ أسابيع، وسط مخاوف من موجة نزوح جديدة نحو المخيمات.',
  'وتعاني المنطقة من أوضاع إنسانية صعبة بسبب نقص المواد الغذائية والأدوية وانقطاع الكهرباء لساعات طويلة.',
  'ويسيطر {A} على أجزاء واسعة من ريف {GOV}، فيما تتقاسم بقية الأطراف السيطرة على المناطق المحيطة.',
  'وتشهد خطوط التماس في المنطقة هدوءاً حذراً بين الحين والآخر، يتخلله قصف متبادل بين الأطراف.',
  'ولم تصدر أي جهة رسمية تعليقاً على الحادثة حتى ساعة إعداد هذا التقرير.',
  'وطالبت منظمات إنسانية بفتح ممرات آمنة لخروج المدنيين من مناطق الاشتباك.',
  'ويعيش آلاف النازحين في مخيمات عشوائية تفتقر إلى أدنى مقومات الحياة، في ظل غياب الدعم الدولي.',
  'وتتبادل الأطراف المتصارعة الاتهامات بخرق الاتفاقات المبرمة برعاية دولية.',
  'ويرى مراقبون أن التصعيد الأخير يهدف إلى فرض واقع ميداني جديد قبل جولة المفاوضات المقبلة.',
  'وتعد {PL} من أكثر المناطق تضرراً خلال السنوات الماضية، إذ دمرت معظم بنيتها التحتية.',
  'وتكررت خلال الأشهر الماضية الحوادث المماثلة في ريف {GOV}، دون أن تفضي التحقيقات إلى نتائج واضحة.',
  'وشهدت الأسواق في المنطقة ارتفاعاً كبيراً في أسعار المحروقات والخبز، ما زاد من معاناة الأهالي.',
  'وأغلقت المدارس في عدد من القرى أبوابها خوفاً على حياة الطلاب، بحسب ناشطين من المنطقة.',
  'ويتهم الأهالي {A} بالتضييق عليهم وفرض إتاوات على الحواجز المنتشرة على الطرق الرئيسية.',
  'وتنتشر في المنطقة حواجز عسكرية لعدة جهات، ما يعرقل حركة المدنيين وتنقلهم بين القرى.',
  'وتحاول المنظمات الإغاثية إيصال المساعدات إلى المتضررين رغم صعوبة الطرق وخطورتها.',
  'ويخشى السكان من تجدد المعارك مع اقتراب فصل الشتاء، في ظل نقص حاد في مواد التدفئة.',
  'وتعيش {PL} منذ أشهر على وقع اشتباكات متقطعة وعمليات اغتيال طالت شخصيات محلية.',
  'ويشكو المزارعون من تراجع المحاصيل بسبب المعارك وارتفاع تكاليف الري والأسمدة.',
  'وتشهد المنطقة انتشاراً لمخلفات الحرب من ألغام وقذائف غير منفجرة تهدد حياة الأطفال.',
];

/** Trailing web boilerplate, as in the seeds. */
export const TAILS: readonly (readonly string[])[] = [
  ['مقالات ذات صلة', 'زر الذهاب إلى الأعلى'], ['الوسوم', 'التعليقات', 'تابعنا على'], ['عذراً التعليقات مغلقة'],
  ['أقسام', 'من سوريا', 'أخبار متعلقة'], ['اقرأ أيضاً', 'قصف جديد على ريف إدلب', 'شارك'], ['شارك هذا المقال', 'فيسبوك', 'تويتر'],
];

/** Names of correspondents and bylines (not in the lexicon: the extractor finds them by role and quotes). */
export const PERSON_NAMES = [
  'محمد الأحمد', 'خالد العلي', 'سامر الحسين', 'عمار الديري', 'ياسر الخطيب', 'حسن العبدالله', 'حمزة العنزي', 'جاد الله',
  'أمجد الساري', 'فراس العمر', 'مهند الشيخ', 'عبد الرحمن الحسن', 'زياد المحمد', 'أحمد الفرات', 'مصطفى النجار', 'يوسف الجاسم',
];

/** Anonymous sources (ids of seeds/lexicon/anonymous-sources.json) and agencies (media ids) used in relay chains. */
export const ANONYMOUS_IDS = ['anon-local-sources', 'anon-activists', 'anon-medical-sources', 'anon-field-sources', 'anon-eyewitnesses', 'anon-local-activists', 'anon-military-sources'];
export const AGENCY_IDS = ['afp', 'reuters', 'ap', 'anadolu', 'sana', 'dpa', 'sputnik', 'hawar-news', 'amaq'];
export const NAMED_SOURCE_IDS = ['sohr', 'snhr', 'white-helmets', 'international-coalition', 'russian-reconciliation-center', 'syria-response-coordinators', 'un', 'ocha'];

/** Victims: [plural for 3..10, accusative singular for 11+]. */
export const VICTIMS: readonly (readonly [string, string])[] = [
  ['مدنيين', 'مدنياً'], ['أطفال', 'طفلاً'], ['عناصر', 'عنصراً'], ['أشخاص', 'شخصاً'],
];
export const BOUNDS = ['ما لا يقل عن', 'أكثر من', 'نحو', 'قرابة'];
export const NUMBER_WORDS: Readonly<Record<number, string>> = { 3: 'ثلاثة', 4: 'أربعة', 5: 'خمسة', 6: 'ستة', 7: 'سبعة', 8: 'ثمانية', 9: 'تسعة', 10: 'عشرة' };

/** Weekdays from Sunday (Date.getUTCDay order); Levantine and Egyptian month names from January. */
export const WEEKDAYS = ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const MONTHS_LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
export const MONTHS_EGYPT = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** Head nouns for place kinds ("قرية الجنينة"); kinds without one use the bare name. */
export const PLACE_HEADS: Readonly<Record<string, readonly string[]>> = {
  village: ['قرية', 'بلدة'], town: ['بلدة', 'مدينة'], city: ['مدينة'], neighbourhood: ['حي'], subdistrict: ['ناحية', 'بلدة'],
};
