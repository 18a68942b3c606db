/**
 * Hand-written news-style sentences (Arabic and English) with the claims Gloss must report.
 * Each case lists every expected claim (compared on the fields given) and, in `none`, strings that
 * must not be inside any claim. Written for this project; no sentence is copied from a corpus.
 */
import type { ClaimKind, Qualifier } from '../../../core/types';

export interface Expected {
  text?: string;
  value: number;
  valueMax?: number;
  unit?: string;
  kind: ClaimKind;
  qualifier?: Qualifier;
  source?: string;
  asOf?: string;
}

export interface Case {
  name: string;
  lang: 'ar' | 'en';
  text: string;
  claims: Expected[];
  none?: string[];
}

export const CASES: Case[] = [
  // ---- digit forms --------------------------------------------------------------------------
  { name: 'arabic-indic digits with ٬', lang: 'ar', text: 'أطلقت الفصائل ١٬٥٥٠ قذيفة خلال الليلة الماضية.',
    claims: [{ text: '١٬٥٥٠', value: 1550, unit: 'قذيفة', kind: 'count' }] },
  { name: 'persian digits', lang: 'ar', text: 'وصل إلى المخيم ۳۲۰۰ نازح جديد هذا الأسبوع.',
    claims: [{ text: '۳۲۰۰', value: 3200, unit: 'نازح', kind: 'count' }] },
  { name: 'space thousands', lang: 'en', text: 'The agency registered 1 550 displaced families in the district.',
    claims: [{ text: '1 550', value: 1550, unit: 'displaced families', kind: 'count' }] },
  { name: 'comma thousands', lang: 'en', text: 'The treaty caps each side at 1,550 strategic nuclear warheads.',
    claims: [{ text: '1,550', value: 1550, unit: 'strategic nuclear warheads', kind: 'count' }] },
  { name: 'arabic decimal ٫', lang: 'ar', text: 'سجل التضخم ٣٫٥٪ على أساس سنوي.',
    claims: [{ text: '٣٫٥٪', value: 3.5, unit: '%', kind: 'percent' }] },
  { name: 'english decimal', lang: 'en', text: 'Inflation stood at 3.5% last month.',
    claims: [{ text: '3.5%', value: 3.5, unit: '%', kind: 'percent' }] },

  // ---- number words and multipliers ----------------------------------------------------------
  { name: 'english word count', lang: 'en', text: 'Five soldiers were wounded in the attack.',
    claims: [{ text: 'Five', value: 5, unit: 'soldiers', kind: 'count' }] },
  { name: 'arabic word count', lang: 'ar', text: 'قتل خمسة أشخاص في انفجار بالعاصمة.',
    claims: [{ text: 'خمسة', value: 5, unit: 'أشخاص', kind: 'count' }] },
  { name: 'arabic word with multiplier', lang: 'ar', text: 'يعيش في المدينة خمسة ملايين نسمة.',
    claims: [{ text: 'خمسة ملايين', value: 5e6, unit: 'نسمة', kind: 'count' }] },
  { name: 'vague tens of thousands', lang: 'ar', text: 'خرج عشرات الآلاف من المتظاهرين إلى الشوارع.',
    claims: [{ text: 'عشرات الآلاف', value: 10000, kind: 'count', qualifier: 'at-least' }] },
  { name: 'english billion with $', lang: 'en', text: 'The government approved a $2.5 billion aid package.',
    claims: [{ text: '$2.5 billion', value: 2.5e9, unit: '$', kind: 'money' }] },
  { name: 'arabic مليار with دولار', lang: 'ar', text: 'خصصت الحكومة 2.5 مليار دولار لإعادة الإعمار.',
    claims: [{ text: '2.5 مليار دولار', value: 2.5e9, unit: 'دولار', kind: 'money' }] },
  { name: 'bare ألف', lang: 'ar', text: 'تلقت كل أسرة ألف دينار كمساعدة عاجلة.',
    claims: [{ text: 'ألف دينار', value: 1000, unit: 'دينار', kind: 'money' }] },
  { name: 'twenty-one hundred words', lang: 'en', text: 'Some twenty-one hundred workers joined the strike.',
    claims: [{ text: 'twenty-one hundred', value: 2100, unit: 'workers', kind: 'count', qualifier: 'about' }] },
  { name: 'dual noun as count', lang: 'ar', text: 'استمرت المفاوضات عامين دون نتيجة.',
    claims: [{ text: 'عامين', value: 2, unit: 'عامين', kind: 'duration' }] },

  // ---- kinds -------------------------------------------------------------------------------
  { name: 'count with long counted noun', lang: 'ar', text: 'نشر الجيش 300 دبابة قتالية حديثة قرب الحدود.',
    claims: [{ text: '300', value: 300, unit: 'دبابة قتالية حديثة', kind: 'count' }] },
  { name: 'money $ million', lang: 'en', text: 'The company paid $800 million to settle the case.',
    claims: [{ text: '$800 million', value: 8e8, unit: '$', kind: 'money' }] },
  { name: 'money مليون يورو', lang: 'ar', text: 'تعهد الاتحاد الأوروبي بتقديم 500 مليون يورو للاجئين.',
    claims: [{ text: '500 مليون يورو', value: 5e8, unit: 'يورو', kind: 'money' }] },
  { name: 'money ريال', lang: 'ar', text: 'باعت الشركة السهم بسعر 45 ريالا في التداولات.',
    claims: [{ text: '45 ريالا', value: 45, unit: 'ريالا', kind: 'money' }] },
  { name: 'money £m', lang: 'en', text: 'The club spent £40m on two new players.',
    claims: [{ text: '£40m', value: 4e7, unit: '£', kind: 'money' }, { text: 'two', value: 2, unit: 'new players', kind: 'count' }] },
  { name: 'percent في المئة', lang: 'ar', text: 'قال 60 في المئة من المشاركين إنهم سيصوتون.',
    claims: [{ text: '60 في المئة', value: 60, unit: '%', kind: 'percent' }] },
  { name: 'percent بالمئة', lang: 'ar', text: 'تغطي الطاقة الشمسية 12 بالمئة من الطلب.',
    claims: [{ text: '12 بالمئة', value: 12, unit: '%', kind: 'percent' }] },
  { name: 'percent word', lang: 'en', text: 'Turnout reached 71 percent, officials said.',
    claims: [{ text: '71 percent', value: 71, unit: '%', kind: 'percent', source: 'officials' }] },
  { name: 'percentage points change', lang: 'en', text: 'Unemployment fell by 0.4 percentage points.',
    claims: [{ text: '0.4 percentage points', value: 0.4, unit: 'percentage points', kind: 'change' }] },
  { name: 'measure km arabic', lang: 'ar', text: 'تقع القرية على بعد 40 كيلومترا من العاصمة.',
    claims: [{ text: '40 كيلومترا', value: 40, unit: 'كيلومترا', kind: 'measure' }] },
  { name: 'measure barrels', lang: 'en', text: 'The country exported 2 million barrels a day.',
    claims: [{ text: '2 million barrels a day', value: 2e6, kind: 'measure' }] },
  { name: 'measure tonnes', lang: 'en', text: 'The ship carried 12,000 tonnes of wheat.',
    claims: [{ text: '12,000 tonnes', value: 12000, unit: 'tonnes', kind: 'measure' }] },
  { name: 'measure degrees', lang: 'ar', text: 'بلغت درجة الحرارة 48 درجة مئوية في البصرة.',
    claims: [{ text: '48 درجة مئوية', value: 48, kind: 'measure' }] },
  { name: 'duration arabic', lang: 'ar', text: 'مدد البرلمان حالة الطوارئ لمدة خمس سنوات.',
    claims: [{ text: 'خمس سنوات', value: 5, unit: 'سنوات', kind: 'duration' }] },
  { name: 'duration english', lang: 'en', text: 'He was sentenced to six years in prison.',
    claims: [{ text: 'six years', value: 6, unit: 'years', kind: 'duration' }] },
  { name: 'range between/and', lang: 'en', text: 'Between 10 and 20 people were detained.',
    claims: [{ text: '10 and 20', value: 10, valueMax: 20, unit: 'people', kind: 'range' }] },
  { name: 'range من/إلى', lang: 'ar', text: 'يضم كل فوج من 10 إلى 20 جنديا.',
    claims: [{ text: '10 إلى 20', value: 10, valueMax: 20, unit: 'جنديا', kind: 'range' }] },
  { name: 'range dash with unit', lang: 'en', text: 'The convoy stopped 15-20 km from the border.',
    claims: [{ text: '15-20 km', value: 15, valueMax: 20, unit: 'km', kind: 'range' }] },
  { name: 'range بين و with shared multiplier', lang: 'ar', text: 'تتراوح الخسائر بين 3 و5 ملايين دولار.',
    claims: [{ text: '3 و5 ملايين دولار', value: 3e6, valueMax: 5e6, unit: 'دولار', kind: 'range' }] },
  { name: 'change rose %', lang: 'en', text: 'Consumer prices rose 0.3% in the quarter.',
    claims: [{ text: '0.3%', value: 0.3, unit: '%', kind: 'change' }] },
  { name: 'change ارتفع بنسبة', lang: 'ar', text: 'ارتفع مؤشر الأسعار بنسبة 2.1% خلال الشهر.',
    claims: [{ text: '2.1%', value: 2.1, unit: '%', kind: 'change' }] },
  { name: 'level after "to" is not a change', lang: 'en', text: 'Sales climbed to $4 billion.',
    claims: [{ text: '$4 billion', value: 4e9, kind: 'money' }] },

  // ---- qualifiers ----------------------------------------------------------------------------
  { name: 'لا يزيد عن', lang: 'ar', text: 'يسمح الاتفاق بنشر ما لا يزيد عن 700 صاروخ.',
    claims: [{ text: '700', value: 700, unit: 'صاروخ', kind: 'count', qualifier: 'at-most' }] },
  { name: 'بحد أقصى', lang: 'ar', text: 'يمكن للمصنع إنتاج 900 سيارة بحد أقصى وبحد أقصى 40 شاحنة.',
    claims: [{ text: '900', value: 900, kind: 'count', qualifier: 'at-most' }, { text: '40', value: 40, kind: 'count', qualifier: 'at-most' }] },
  { name: 'ما يصل إلى', lang: 'ar', text: 'تستقبل القاعة ما يصل إلى 18 وفدا رسميا.',
    claims: [{ text: '18', value: 18, unit: 'وفدا رسميا', kind: 'count', qualifier: 'up-to' }] },
  { name: 'نحو / حوالي', lang: 'ar', text: 'فر نحو 200 شخص، وأصيب حوالي 30 آخرين.',
    claims: [{ text: '200', value: 200, unit: 'شخص', qualifier: 'about', kind: 'count' }, { text: '30', value: 30, qualifier: 'about', kind: 'count' }] },
  { name: 'أكثر من / أقل من', lang: 'ar', text: 'شارك أكثر من 150 متطوعا في أقل من 3 أيام.',
    claims: [{ text: '150', value: 150, qualifier: 'more-than', kind: 'count' }, { text: '3 أيام', value: 3, qualifier: 'less-than', kind: 'duration' }] },
  { name: 'لا يقل عن', lang: 'ar', text: 'قتل ما لا يقل عن 12 مدنيا في القصف.',
    claims: [{ text: '12', value: 12, unit: 'مدنيا', qualifier: 'at-least', kind: 'count' }] },
  { name: 'english qualifiers', lang: 'en', text: 'No more than 50 observers and up to 300 troops will stay, about 20 of them officers.',
    claims: [
      { text: '50', value: 50, qualifier: 'at-most', unit: 'observers', kind: 'count' },
      { text: '300', value: 300, qualifier: 'up-to', unit: 'troops', kind: 'count' },
      { text: '20', value: 20, qualifier: 'about', kind: 'count' },
    ] },
  { name: 'more than / less than', lang: 'en', text: 'More than 1,000 homes were damaged and less than 5% of roads are open.',
    claims: [{ text: '1,000', value: 1000, qualifier: 'more-than', unit: 'homes', kind: 'count' }, { text: '5%', value: 5, qualifier: 'less-than', kind: 'percent' }] },
  { name: 'at least', lang: 'en', text: 'At least 12 people died.',
    claims: [{ text: '12', value: 12, qualifier: 'at-least', unit: 'people', kind: 'count' }] },

  // ---- sources and as-of ---------------------------------------------------------------------
  { name: 'according to', lang: 'en', text: 'Russia holds 5,580 warheads as of March, according to the Federation of American Scientists.',
    claims: [{ text: '5,580', value: 5580, unit: 'warheads', kind: 'count', source: 'the Federation of American Scientists', asOf: 'March' }] },
  { name: 'وفقاً لـ', lang: 'ar', text: 'بلغ عدد الإصابات 340 إصابة حتى شهر مارس، وفقاً لوزارة الصحة.',
    claims: [{ text: '340', value: 340, unit: 'إصابة', kind: 'count', source: 'وزارة الصحة', asOf: 'مارس' }] },
  { name: 'بحسب', lang: 'ar', text: 'تراجعت الصادرات 8 بالمئة بحسب البنك المركزي.',
    claims: [{ text: '8 بالمئة', value: 8, kind: 'change', source: 'البنك المركزي' }] },
  { name: 'X said', lang: 'en', text: 'Reuters said 40 people were rescued.',
    claims: [{ text: '40', value: 40, unit: 'people', kind: 'count', source: 'Reuters' }] },
  { name: 'the ministry said', lang: 'en', text: 'The ministry said 35 schools were closed.',
    claims: [{ text: '35', value: 35, unit: 'schools', kind: 'count', source: 'The ministry' }] },
  { name: 'said X', lang: 'en', text: '"We lost 90 cattle," said Amina Yusuf, a farmer.',
    claims: [{ text: '90', value: 90, unit: 'cattle', kind: 'count', source: 'Amina Yusuf' }] },
  { name: 'قال X', lang: 'ar', text: 'قال المتحدث باسم الجيش إن 25 جنديا أصيبوا.',
    claims: [{ text: '25', value: 25, unit: 'جنديا', kind: 'count', source: 'المتحدث باسم الجيش' }] },

  // ---- not claims ----------------------------------------------------------------------------
  { name: 'arabic dates and years', lang: 'ar',
    text: 'وصل الوفد في 12 أكتوبر 2023، وعقدت القمة من 15 إلى 16 يونيو/حزيران، بعد الغزو في فبراير 2022 وخلال ولايته 2008-2012 وفي عام 2010.',
    claims: [], none: ['12', '2023', '15', '16', '2022', '2008', '2012', '2010'] },
  { name: 'english dates, years, times', lang: 'en',
    text: 'On March 3, 2024 at 10:30 and again at 3 pm, in 2021 and during 1998-2003, the May 4th meeting met on 12/10/2023.',
    claims: [], none: ['3', '2024', '10:30', '2021', '1998', '2003', '4th', '12/10/2023'] },
  { name: 'arabic time of day', lang: 'ar', text: 'بدأ القصف عند الساعة 10 صباحا واستمر حتى 11:45.', claims: [], none: ['10', '11'] },
  { name: 'ordinals', lang: 'en', text: 'It was the 21st summit and the 3rd round.', claims: [], none: ['21', '3'] },
  { name: 'arabic ordinal الـ', lang: 'ar', text: 'انطلقت الدورة الـ19 للمهرجان.', claims: [], none: ['19'] },
  { name: 'identifiers', lang: 'en',
    text: 'Resolution 242, the G20, 5G networks, COVID-19, F-16 jets and an Airbus A320 were discussed in section 3 on page 12.',
    claims: [], none: ['242', '20', '5', '19', '16', '320', '3', '12'] },
  { name: 'arabic identifiers', lang: 'ar', text: 'نص القرار 2334 والمادة 5 من الميثاق على ذلك، انظر الصفحة 12.',
    claims: [], none: ['2334', '5', '12'] },
  { name: 'arabic hyphenated identifiers', lang: 'ar', text: 'تراجعت إصابات كوفيد-19 وتسلم الجيش منظومة إس-400.', claims: [], none: ['19', '400'] },
  { name: 'product names', lang: 'en', text: 'Office 365 and the YubiKey 5 NFC are sold with a Fluke 1672 Tester.', claims: [], none: ['365', '5', '1672'] },
  { name: 'phone number', lang: 'en', text: 'Call the hotline on +44 20 7946 0958 for help.', claims: [], none: ['44', '20', '7946', '0958'] },
  { name: 'footnote marks', lang: 'en', text: 'The figure was disputed.³ Others agreed.[4]', claims: [], none: ['³', '4'] },
  { name: 'one as a pronoun', lang: 'en', text: 'No one was hurt and one of the guards fled.', claims: [] },
  { name: 'scores, slogans, seasons and dotted dates', lang: 'en',
    text: 'After the 9/11 attacks, the 24/7 desk saw a 3-2 win, a 52-48 vote, the 2024-25 season and a birth on 12.10.1985.',
    claims: [], none: ['9/11', '24/7', '3-2', '52-48', '2024-25', '12.10.1985'] },
  { name: 'arabic score and numbered road', lang: 'ar', text: 'فاز الفريق 3-1، وأصيب 15 شخصا على الطريق السريع رقم 5 ليل الأحد.',
    claims: [{ text: '15', value: 15, unit: 'شخصا', kind: 'count' }], none: ['3-1', '5 ليل'] },
  { name: 'ثمن is a price, not an eighth', lang: 'ar', text: 'ارتفع ثمن السلعة كثيرا.', claims: [] },
  { name: 'أحد is not a number', lang: 'ar', text: 'وأحد الأسباب هو الجفاف، وكان واحد من الحراس غائبا.', claims: [] },
];
