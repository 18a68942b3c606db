/**
 * Made-up news paragraphs that the background runs through detection after it starts, so that
 * V8 has compiled and optimised the detectors before a reader's article arrives. They are written
 * to reach every detector's common paths: names with roles, later surnames, counts, money,
 * percentages, measures, qualifiers, sources, dates that are not claims, and glossary terms.
 */
export const WARM_UP_PARAGRAPHS: Record<'en' | 'ar', readonly string[]> = {
  en: [
    'Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow would keep to the limits of the New START treaty, which caps each side at no more than 700 deployed ICBMs and 1,550 warheads.',
    'Speaking in Brussels, NATO Secretary General Mark Rutte told reporters that the alliance had raised its spending by 18% in 2024. Rutte added that 23 of the 32 members now met the target of 2% of GDP.',
    '"We are not looking for a new arms race," said Ambassador Linda Thomas-Greenfield, according to a statement from the UN mission. Thomas-Greenfield spoke for about 12 minutes.',
    'The Federation of American Scientists estimates that Russia had roughly 5,580 warheads as of March, while the US had about 5,044. The IAEA said its inspectors visited 3 sites over 10 days.',
    'Oil prices rose 3.2 percent to $84.50 a barrel on Monday, and the company reported revenue of $4.7 billion, up from $3.9 billion a year earlier, TASS reported, citing the ministry.',
    'Dr. Maria Gonzalez, a researcher at the WHO, said more than 40,000 people had been treated in the first quarter. The storm dumped 25 centimetres of rain and left 1.2 million homes without power.',
  ],
  ar: [
    'قال المتحدث باسم الكرملين ديمتري بيسكوف يوم الثلاثاء إن موسكو ستلتزم بحدود معاهدة نيو ستارت التي تسمح لكل طرف بما لا يزيد على 700 صاروخ باليستي عابر للقارات و1550 رأسا نوويا.',
    'وأضاف الرئيس الروسي فلاديمير بوتين في مؤتمر صحفي أن بلاده لا تسعى إلى سباق تسلح جديد، فيما قال بيسكوف إن الحوار مع واشنطن ما زال ممكنا.',
    'وأعلن الأمين العام لحلف الناتو مارك روته أن الإنفاق الدفاعي ارتفع بنسبة 18% خلال عام 2024، وأن 23 دولة من أصل 32 بلغت هدف 2% من الناتج المحلي.',
    'وبحسب اتحاد العلماء الأمريكيين، تملك روسيا نحو 5580 رأسا حربيا حتى مارس، مقابل 5044 رأسا للولايات المتحدة، وفق ما نقلت وكالة تاس.',
    'وقالت وزيرة الخارجية السابقة هيلاري كلينتون إن أكثر من 40 ألف شخص تلقوا العلاج، وإن الخسائر بلغت 4.7 مليار دولار، أي ما يعادل 12 في المئة من الميزانية.',
    'وأكد الدكتور محمد العبدالله، الباحث في منظمة الصحة العالمية، أن الوكالة الدولية للطاقة الذرية أرسلت 3 مفتشين لمدة 10 أيام.',
  ],
};
