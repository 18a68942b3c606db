/**
 * Per-language word lists for the Latin-script person detector, written for Gloss. English is
 * complete; French, Spanish and German carry their titles and particles so the same detector
 * runs on them (given names are shared: the derived list in en-lexicon.json is international).
 * Words are lower-case and space-separated; a trailing "." is ignored when matching.
 */

export interface LatinWords {
  /** Courtesy titles right before a name: strong evidence, not a role ("Mr.", "Dr."). */
  honorifics: string;
  /** Role heads: a role phrase holds one of these ("spokesman", "president", "secretary"). */
  titles: string;
  /** Words that may stand inside a role phrase around the head ("former", "foreign", "of"). */
  roleWords: string;
  /** Lower-case words inside or before a surname ("de Gaulle", "bin Salman", "Van Hollen"). */
  particles: string;
  /** Verbs of saying around a name ("said", "told"). */
  speech: string;
  /** Words that end a name: greetings and sign-offs take the next name ("Dear", "Thanks"). */
  greetings: string;
  /** Words that make a capitalised phrase an organisation or a place ("Bank", "University"). */
  orgWords: string;
  /** Capitalised words that are never names (pronouns, days, months, sentence openers). */
  never: string;
  /** Given names that are also everyday words ("Frank", "Bill"): a name only with a surname. */
  givenAlsoWords: string;
  /** Lower-case words after a single capitalised word that make it a person ("Bush administration"). */
  personNouns: string;
  /** Words right before a capitalised run that make it a place or a business ("at", "in"). */
  placeCues: string;
  /** Words whose next name is a storm, a ship or a brand, never a person ("Hurricane Rita"). */
  thingCues: string;
  /** Lower-case nouns after a lone capitalised word that make it a place ("Doda district"). */
  placeNouns?: string;
  /**
   * Names of organisations, groups and services written like a person's name, added to the
   * derived organisation list (news: "Hamas", "Telegram", "Gazprom"). Shared by all languages.
   */
  orgNames?: string;
  /**
   * Verbs whose object is a person ("thank", "met"), and verbs that take a person after "to" or
   * "with" ("forward to", "talk with"): a lone unknown capitalised word right after is a name.
   */
  personObjectVerbs?: string;
  personToVerbs?: string;
  /** Verbs and auxiliaries right after a clause's subject ("is", "has", "does"). */
  subjectVerbs?: string;
  /** Pronouns that stand for a person only ("she", "himself"), not for a thing ("it"). */
  personalPronouns?: string;
  /**
   * Kin and trades that name a person when written small right before a capitalised word ("the
   * teacher Adz", "my hairdresser Cécile"); written capitalised they head page sections
   * ("Instructor Training"), so unlike `titles` they count only in lower case.
   */
  kinAndTrades?: string;
  /**
   * Surnames (or single names) of public figures that news writes alone ("Bush", "Putin",
   * "Saddam"): heads of state and government, and other figures known worldwide, of several
   * decades. A lone capitalised mention is a person; one that is also an everyday word ("Gore",
   * "Pence") only away from a sentence start, where the verdict drops an everyday word as an
   * opener. A name `orgNames` also holds ("Bloomberg") is read as the organisation, so it is
   * left out here. Shared by all languages.
   */
  notablePeople?: string;
}

const EN: LatinWords = {
  honorifics: `mr mrs ms miss mx dr prof sir dame lord lady rev fr sen rep gov gen col capt lt sgt maj
    adm cmdr pres hon mister madam madame sheikh sheik imam rabbi pope saint aunt uncle pm`,
  titles: `president minister secretary spokesman spokeswoman spokesperson chancellor senator governor
    mayor representative congressman congresswoman ambassador envoy general admiral colonel captain
    lieutenant sergeant commander chief director chairman chairwoman chair ceo cfo coo founder
    cofounder leader king queen prince princess emperor empress pope cardinal bishop archbishop
    rabbi imam sheikh cleric ayatollah judge justice attorney prosecutor lawyer officer detective
    coach manager striker midfielder defender goalkeeper player actor actress singer rapper author
    writer novelist poet professor doctor speaker premier dictator commissioner deputy official
    adviser advisor aide analyst economist editor reporter correspondent columnist host anchor
    president-elect chairperson vice-president boss head executive strongman militant commander
    mp lawmaker legislator diplomat negotiator spokesmen strategist pastor priest reverend
    mother father brother sister wife husband son daughter cousin friend colleague`,
  roleWords: `former then acting deputy vice foreign defense defence interior finance prime chief
    senior top junior assistant associate general state of the for and to
    u.s. us uk eu un white house kremlin national security home affairs health justice
    trade labor labour education energy treasury new outgoing incoming late longtime veteran`,
  particles: `de da di del della der den van von la le du dos das bin ibn al el ben bint abu ter ten zu`,
  speech: `said says told tells added adds wrote writes explained argued insisted noted warned replied
    asked announced stated claimed commented according`,
  greetings: `dear hi hello hey thanks thank thx thnx cheers regards love sincerely yours from cc attn`,
  orgWords: `inc corp corporation co ltd llc plc company companies group bank university college
    school institute academy foundation association society council committee commission ministry
    department agency office bureau service services party union league club team fc federation
    times post journal news press tribune herald gazette magazine radio tv network channel
    airlines airways motors technologies systems labs laboratories capital partners holdings
    industries enterprises energy international global church cathedral mosque temple hospital
    clinic center centre museum gallery library theatre theater hotel restaurant cafe bar
    fort location locations offices sources motorsports hangout
    development housing regency ballroom auditorium orchestra symphony album contract
    street st road avenue ave boulevard blvd lane drive square park bridge tower building
    airport station river lake mountain mountains mount island islands bay valley county city
    state states republic kingdom empire nations army navy force forces police court senate
    congress parliament house assembly government administration authority fund trust
    project program programme festival awards cup championship series conference summit
    online software media entertainment records studios pictures productions foods
    restaurants shop store stores market markets mall pharmacy insurance realty motel inn`,
  never: `i i'm i've i'd i'll me my we you he she it they them us our your his her its their
    the a an this that these those there here what who whom whose which when where why how
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december god lord jesus christ allah
    ok okay yes no not please thanks hi hello hey dear mr mrs ms dr re fw fwd subject
    hurricane storm typhoon cyclone tropical islamic christian jewish muslim catholic`,
  givenAlsoWords: `frank bill rose grace hope faith joy ray dean drew max guy gene sandy rich jay will
    pat chuck rod cliff bob don art victor penny dawn summer autumn april june august may ruby
    pearl amber crystal holly ivy lily daisy heather iris jewel sky rocky buck hunter mason`,
  personNouns: `administration presidency campaign cabinet era`,
  thingCues: `hurricane storm typhoon cyclone tropical ship vessel uss hms`,
  placeNouns: `district province region county village town city state governorate oblast
    prefecture municipality area neighbourhood neighborhood suburb valley border crossing`,
  orgNames: `hamas hezbollah hizbollah taliban fatah isis isil daesh houthis houthi qaeda qaida al-qaeda al-qaida
    al-shabaab boko haram wagner-group gazprom rosneft lukoil telegram whatsapp tiktok instagram
    spotify snapchat airbus reuters bloomberg politico axios pentagon kremlin eurostar exxon
    exxonmobil huawei amazon tesla nvidia openai netflix google alphabet microsoft facebook
    twitter youtube linkedin uber lyft airbnb paypal visa mastercard interpol europol frontex
    unicef unesco unrwa hamas-run apple moderna anthropic`,

  placeCues: `at in into near to from through via across toward towards around inside outside
    visit visiting visited the a an our my your their this that these those`,
  personObjectVerbs: `ask asked asking thank thanked thanking met meet meeting married marry hug hugged
    kiss kissed congratulate congratulated`,
  personToVerbs: `forward forwarded talk talked talking speak spoke spoken speaking chat chatted
    reply replied introduced engaged`,
  subjectVerbs: `is was has had does did will would can could should might must gets got goes went
    seems seemed loves loved likes liked wants wanted knows knew thinks thought says said
    came comes works worked lives lived helped helps made makes gave gives took takes keeps kept`,
  personalPronouns: `he she him her his hers himself herself`,
  kinAndTrades: `teacher instructor tutor trainer stylist hairdresser barber therapist dentist nurse
    realtor mechanic technician owner neighbor neighbour boyfriend girlfriend fiance fiancé fiancee
    mom dad mum grandma grandpa grandmother grandfather nephew niece`,
  notablePeople: `roosevelt truman eisenhower kennedy nixon reagan clinton bush obama trump biden
    harris pence cheney gore quayle mondale kerry romney mccain palin pelosi mcconnell schumer
    boehner ryan gingrich sanders warren buttigieg desantis haley vance walz rumsfeld wolfowitz
    powell kissinger albright rubio cruz hegseth giuliani cuomo newsom schwarzenegger
    thatcher blair cameron johnson sunak truss starmer corbyn farage churchill merkel scholz
    schroeder kohl macron hollande sarkozy chirac mitterrand berlusconi meloni draghi sanchez
    zapatero aznar putin medvedev yeltsin gorbachev lavrov navalny zelensky zelenskyy poroshenko
    yanukovych lukashenko erdogan netanyahu sharon olmert rabin peres barak bennett lapid gantz
    arafat abbas haniyeh sinwar nasrallah khamenei khomeini ahmadinejad rouhani raisi pezeshkian
    saddam assad gaddafi qaddafi mubarak sisi morsi sadat nasser bouteflika zarqawi baghdadi
    zawahiri sistani sadr allawi maliki jaafari talabani barzani karzai ghani musharraf bhutto
    sharif khan modi gandhi nehru singh xi mao deng kim mandela mugabe ramaphosa zuma kagame
    museveni ruto buhari tinubu lula bolsonaro milei chavez maduro castro trudeau carney harper
    albanese morrison ardern kishida abe suga yoon duterte marcos jokowi prabowo mahathir guterres
    annan stoltenberg rutte lagarde juncker tusk orban fico obrador sheinbaum musk bezos zuckerberg
    buffett soros altman`,
};

const FR: LatinWords = {
  honorifics: `m mme mlle me dr pr monsieur madame mademoiselle maître docteur`,
  titles: `président présidente ministre porte-parole chancelier chancelière sénateur sénatrice
    maire député députée ambassadeur général roi reine prince princesse pape juge avocat
    directeur directrice patron chef secrétaire premier`,
  roleWords: `ancien ancienne des affaires étrangères de la du d' premier première français française`,
  particles: `de du des d' la le van von ben bin`,
  speech: `a dit déclaré affirmé indiqué selon estime`,
  greetings: `cher chère bonjour merci cordialement`,
  orgWords: `société banque université ministère parti groupe rue avenue place ville`,
  never: `le la les un une des il elle ils elles nous vous je lundi mardi mercredi jeudi vendredi
    samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre
    décembre dieu`,
  givenAlsoWords: ``,
  thingCues: ``,
  personNouns: ``,
  placeCues: `à au aux en dans vers de du le la les`,
};

const ES: LatinWords = {
  honorifics: `sr sra srta d dña dr dra señor señora don doña`,
  titles: `presidente presidenta ministro ministra portavoz canciller senador senadora alcalde
    alcaldesa diputado diputada embajador general rey reina príncipe princesa papa juez abogado
    director directora jefe secretario secretaria`,
  roleWords: `ex exterior exteriores de la del el primer primera español española`,
  particles: `de del la los las y da van von bin`,
  speech: `dijo afirmó declaró explicó según aseguró`,
  greetings: `querido querida hola gracias saludos`,
  orgWords: `banco universidad ministerio partido grupo calle avenida plaza ciudad`,
  never: `el la los las un una yo él ella nosotros ustedes lunes martes miércoles jueves viernes
    sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
    diciembre dios`,
  givenAlsoWords: ``,
  thingCues: ``,
  personNouns: ``,
  placeCues: `en a al hacia desde el la los las`,
};

const DE: LatinWords = {
  honorifics: `herr herrn frau dr prof`,
  titles: `präsident präsidentin minister ministerin sprecher sprecherin kanzler kanzlerin
    bundeskanzler bundeskanzlerin senator bürgermeister botschafter general könig königin papst
    richter anwalt direktor chef vorsitzender vorsitzende`,
  roleWords: `ehemalige ehemaliger früherer frühere des der die außenminister auswärtigen`,
  particles: `von van der den zu vom de`,
  speech: `sagte erklärte betonte laut`,
  greetings: `liebe lieber hallo danke grüße`,
  orgWords: `bank universität ministerium partei gruppe straße platz stadt gmbh ag`,
  // German capitalises every noun: only a lexicon name or a title makes a person there.
  never: `der die das ein eine ich er sie es wir ihr montag dienstag mittwoch donnerstag freitag
    samstag sonntag januar februar märz april mai juni juli august september oktober november
    dezember gott`,
  givenAlsoWords: ``,
  thingCues: ``,
  personNouns: ``,
  placeCues: `in nach aus bei zum zur im am`,
};

export const LATIN_WORDS: Record<string, LatinWords> = { en: EN, fr: FR, es: ES, de: DE };

/** Languages that capitalise every noun: a capital there is no evidence of a name. */
export const NOUNS_CAPITALISED = new Set(['de']);
