import { COMMON_WORDS, DEMONYMS, ORGANISATIONS, PLACES } from './data/en-lexicon.generated.js';
import { PINYIN_SURNAMES, PINYIN_SYLLABLE, WORD_FIRST_NAMES } from './data/en-names.js';
import { firstNames, lastNames } from './data/lexicons.js';
import { withTraditionalRegex } from '../zh-script.js';
import { confidenceOf, type Cue, type Recognised } from './score.js';

/**
 * Person names in English running text (news, e-mails, notes) without a label: runs of capitalised words
 * scored by what makes a name reliable in such text — a first-name or surname lexicon (compromise's, see
 * data/), a title before it (`Sen.`, `Dr`), a reporting verb after it (`said`, `told`), `according to`, an
 * apposition (`, 45,`), a possessive, and an earlier full name in the same document for a lone surname.
 * Runs holding an organisation or place word, months, days, demonyms, all-caps words and capitalised common
 * words at a sentence start are cut or refused.
 */

let lex:
  | {
      first: ReadonlySet<string>;
      last: ReadonlySet<string>;
      places: Set<string>;
      orgs: Set<string>;
      common: Set<string>;
      demonyms: Set<string>;
      wordFirst: Set<string>;
    }
  | undefined;

function lexicon() {
  lex ??= {
    first: firstNames(),
    last: lastNames(),
    places: new Set(PLACES.split('|')),
    orgs: new Set(ORGANISATIONS.split('|')),
    common: new Set(COMMON_WORDS.split('|')),
    demonyms: new Set(DEMONYMS.split('|')),
    wordFirst: new Set(WORD_FIRST_NAMES),
  };
  return lex;
}

/** Titles and roles written before a name; excluded from the span, counted as a cue. */
const TITLES = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
    'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'president', 'vice', 'governor', 'gov',
    'mayor', 'judge', 'justice', 'chancellor', 'minister', 'premier', 'secretary', 'general', 'gen', 'colonel', 'col',
    'captain', 'capt', 'lt', 'lieutenant', 'sgt', 'sergeant', 'officer', 'detective', 'det', 'inspector', 'constable',
    'coach', 'bishop', 'pope', 'father', 'king', 'queen', 'prince', 'princess', 'ambassador', 'commissioner', 'chairman',
    'chairwoman', 'chair', 'ceo', 'cfo', 'director', 'superintendent', 'deputy', 'attorney', 'nurse', 'pastor', 'rabbi',
    'imam', 'sheikh', 'councillor', 'councilman', 'councilwoman', 'spokesman', 'spokeswoman', 'spokesperson',
    'correspondent', 'reporter', 'actor', 'actress', 'singer', 'striker', 'midfielder', 'defender', 'goalkeeper',
    'author', 'novelist', 'economist', 'analyst', 'chef', 'lawyer', 'dean', 'principal', 'teacher', 'manager',
    'prophet', 'emperor', 'empress', 'sultan', 'tsar', 'czar', 'caliph', 'pharaoh', 'ayatollah', 'archbishop', 'cardinal',
  ],
);
const STRONG_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'sen', 'senator', 'rep', 'gov', 'rev']);

/** The capitalised words of the list item right before a word: `Deutsche Bank and `, `Tesla Inc., `. */
const LISTED_AFTER_WORDS = /((?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)\.?[ \t]*(?:,[ \t]*(?:and|or|&)?|and|or|&)[ \t]*$/u;
/**
 * Roles and kin written in lower case right before a name, as news and encyclopaedias do (`the emperor
 * Caracalla`, `his nephew Rastiz`, `musician Tom Robinson`, `ringleader Mohamed Atta`): a title in apposition.
 * Ambiguous words (`general`, `chair`, `principal`, `father`, `partner`) are left out.
 */
const ROLE_BEFORE = new Set([
  'emperor', 'empress', 'king', 'queen', 'prince', 'princess', 'tsar', 'czar', 'sultan', 'pharaoh', 'caliph', 'pope', 'prophet',
  'president', 'senator', 'governor', 'mayor', 'minister', 'chancellor', 'ambassador', 'dictator', 'ayatollah', 'cleric', 'sheikh',
  'nephew', 'niece', 'cousin', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'stepson', 'stepdaughter', 'stepfather', 'stepmother',
  'actor', 'actress', 'singer', 'musician', 'artist', 'painter', 'sculptor', 'composer', 'poet', 'novelist', 'writer', 'playwright',
  'author', 'philosopher', 'scientist', 'physicist', 'chemist', 'historian', 'journalist', 'photographer', 'filmmaker', 'rapper',
  'comedian', 'guitarist', 'drummer', 'pianist', 'violinist', 'footballer', 'quarterback', 'striker', 'midfielder', 'goalkeeper',
  'boxer', 'ringleader', 'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'economist', 'analyst', 'lawyer',
  'attorney', 'prosecutor', 'defendant', 'plaintiff', 'businessman', 'businesswoman', 'entrepreneur', 'billionaire', 'tycoon',
  'coach', 'detective', 'sergeant', 'lieutenant', 'captain', 'colonel', 'commander', 'archbishop', 'bishop', 'pastor', 'rabbi', 'imam',
]);
/**
 * A Lotus Notes address after a name in mail headers and forwards: `Andrew Edison@ENRON 06/02/2001`, or a
 * hierarchical one, `Christian Yoder/HOU/ECT@ECT`. Not an e-mail address: no dot, no lower-case local part.
 */
const NOTES_ADDRESS = /^(?:@\p{Lu}[\p{L}]*|(?:\/\p{Lu}[\p{L}]*)+@\p{L}+)(?=[ \t]|$)/u;
/** A quotation's attribution: a dash after its closing punctuation, the name, then the line's or the entry's end. */
const ATTRIBUTION_BEFORE = /[.!?"”’)][ \t]*(?:--?|–|—)[ \t]*$/u;
const ATTRIBUTION_AFTER = /^[ \t]*(?:$|[-–—_=*~]{2,}|\(|,[ \t]*\p{Ll})/u;
/** A sign-off closing a message right before the sender's name: `Thanks. Mike`, `Regards, Anna`, `Cheers! Tom`. */
const SIGN_OFF_BEFORE =
  /\b(?:thanks|thank[ \t]+you|thx|regards|cheers|sincerely|best|love|yours)(?:[ \t]+(?:again|so[ \t]+much|very[ \t]+much|a[ \t]+lot|for[ \t]+(?:all[ \t]+)?(?:your|the|everything)\b[^.!?\n]{0,30}))?[ \t]*[,.!]+[ \t]*$/iu;
const FIRM_AFTER = /^[ \t]*(?:&|and)[ \t]+(?:Associates|Partners|Sons|Son|Co\b|Company|Brothers|Daughters)/u;
/**
 * A partner's name after `&`, up to four capitalised words: when they hold a firm word (`Brennan & Walsh
 * Engineering Ltd.`, `Marks & Spencer plc`), the word before `&` is the firm's first partner, not a person here.
 */
const AMPERSAND_PARTNER = /^[ \t]*&[ \t]+((?:\p{Lu}[\p{L}'’-]*\.?,?[ \t]+){0,3}\p{L}[\p{L}'’-]*)/u;
const COORDINATION = /^(?:,[ \t]*|[ \t]+)(?:and|or|&)[ \t]+$|^,[ \t]+$/u;
/** A listed word needs some evidence of its own (a cue, not a capital alone) before its neighbour counts. */
const COORDINATED_FLOOR = 0.25;
const COORDINATED_WEIGHT = 0.3;

/** Words that end no name: what mail puts right after a signature or a greeting's name. */
const TRAILING_STOP = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'here', 'there', 'we', 'as', 'i', 'you', 'please', 'sent', 'from', 'to', 'cc', 're', 'fw', 'fwd', 'subject', 'and', 'or', 'but', 'so', 'if', 'when', 'attached', 'below', 'thanks', 'regards', 'hey', 'hi', 'hello', 'dear']);

/** Greetings and thanks written right before a name in mail and chat: `Hi Dawn`, `Thanks Kam`. */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'cheers', 'regards', 'regard', 'congratulations', 'congrats']);
/** An e-mail address right after a name, its local part spelling the name: `Rajendra rajendra.o@…`, `Ian <ian.g@…>`. */
const EMAIL_AFTER = /^[ \t]*[<("“]?[ \t]*([\p{L}\p{N}._%+-]+)@/u;
/** A name opening a message or a line and addressed: `Richard, below is a list`, `Daren, I was wondering`. */
const VOCATIVE = /^,[ \t]*(?:i|we|you|please|attached|here|below|above|thanks|thank|there|do|did|can|could|would|will|hope|just|as|let|see|this|these|per|fyi|sorry|good|great|congratulations|welcome)\b/iu;

/** Words that make a capitalised run an organisation, a place or a thing, whatever else it holds. */
const NOT_PERSON = new Set(
  [
    'inc', 'corp', 'corporation', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'co', 'company', 'companies', 'group', 'holdings',
    'university', 'college', 'school', 'academy', 'institute', 'bank', 'foundation', 'association', 'council',
    'committee', 'ministry', 'department', 'agency', 'party', 'hospital', 'clinic', 'airlines', 'airways', 'motors',
    'technologies', 'technology', 'systems', 'labs', 'partners', 'capital', 'fund', 'times', 'post', 'news', 'press',
    'journal', 'club', 'united', 'fc', 'museum', 'center', 'centre', 'church', 'court', 'congress', 'senate',
    'parliament', 'assembly', 'union', 'federation', 'league', 'board', 'commission', 'office', 'service', 'services',
    'authority', 'police', 'army', 'navy', 'force', 'forces', 'stadium', 'park', 'street', 'road', 'avenue', 'lane',
    'boulevard', 'bridge', 'river', 'lake', 'mountain', 'mount', 'island', 'islands', 'hotel', 'restaurant', 'cafe',
    'airport', 'station', 'square', 'hall', 'tower', 'building', 'offices', 'market', 'exchange', 'index', 'network', 'media',
    'studios', 'pictures', 'records', 'games', 'cup', 'open', 'championship', 'olympics', 'festival', 'award',
    'awards', 'prize', 'act', 'bill', 'law', 'report', 'program', 'programme', 'project', 'initiative', 'summit',
    'conference', 'war', 'revolution', 'empire', 'kingdom', 'republic', 'state', 'states', 'city', 'county',
    'province', 'region', 'district', 'valley', 'coast', 'beach', 'bay', 'ocean', 'sea', 'gulf', 'north', 'south',
    'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'international', 'global', 'national',
    'federal', 'royal', 'general', 'industries', 'solutions', 'software', 'energy', 'pharmaceuticals', 'health',
    'insurance', 'financial', 'securities', 'investments', 'ventures', 'brands', 'foods', 'stores', 'mall', 'plaza',
    'trust', 'society', 'institution', 'commons', 'house', 'palace', 'cathedral', 'temple', 'mosque', 'prison',
    'series', 'edition', 'pro', 'max', 'plus', 'mini', 'ultra', 'version', 'model', 'app', 'day', 'week', 'month',
    'year', 'eve', 'christmas', 'easter', 'ramadan', 'god', 'lord', 'jesus', 'allah', 'internet', 'web', 'online',
    'tv', 'radio', 'channel', 'magazine', 'gazette', 'herald', 'tribune', 'chronicle', 'daily', 'weekly', 'review',
    'airline', 'railway', 'rail', 'transit', 'energy', 'oil', 'gas', 'steel', 'mining', 'chemicals', 'electric',
    'communications', 'telecom', 'mobile', 'wireless', 'digital', 'data', 'cloud', 'ai', 'analytics', 'consulting',
    // Local businesses, as reviews name them (`Qualitech Computers`, `Best Limo Limousine`, `Tire Gooroo`).
    'computers', 'electronics', 'automotive', 'auto', 'plumbing', 'roofing', 'construction', 'landscaping', 'cleaners',
    'salon', 'spa', 'dental', 'realty', 'limo', 'limousine', 'tire', 'tires', 'pizza', 'grill', 'pub', 'bakery', 'diner',
    'inn', 'motel', 'garage', 'boutique', 'studio', 'gallery', 'pharmacy', 'repair', 'supply', 'supplies', 'rentals',
    // Insurers are named `<word> Life`, `<word> Mutual`, `<word> Assurance` (`Sun Life`, `Great-West Life`).
    'life', 'mutual', 'assurance',
  ],
);

const MONTHS_DAYS = new Set(
  [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
    'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
    'thurs', 'fri', 'sat', 'sun',
  ],
);

/** Month and day abbreviations that are also names (`Jun`, `May`) are dates only before a number. */
const AMBIGUOUS_MONTHS = new Set(['jun', 'may', 'jan', 'mar', 'sat', 'sun']);
function isMonthOrDay(t: Tok, text: string): boolean {
  if (!MONTHS_DAYS.has(t.lower)) return false;
  return !AMBIGUOUS_MONTHS.has(t.lower) || /^\.?[ \t]*[0-9]/.test(text.slice(t.end, t.end + 4));
}

/**
 * Prepositions, articles and conjunctions, capitalised in a title, a heading or a firm's name (`With Elizabeth's
 * comments`, `The Law Offices Of Dale Gribow`): never a word of a person's name, so they end or start one.
 */
const FUNCTION_WORDS = new Set(['with', 'for', 'to', 'from', 'by', 'at', 'in', 'on', 'of', 'and', 'or', 'the', 'into', 'onto', 'per', 'via', 'about', 'after', 'before', 'between', 'without', 'than', 'including', 'under', 'over', 'through']);

/** `bin`, `ibn`, `bint` between the words of a name (`Usamah Bin Laden`, `Ahmad ibn Hanbal`). */
const ARABIC_PATRONYMIC = new Set(['bin', 'ibn', 'bint']);
/** The article glued to an Arabic family name (`al-Zawahiri`, `el-Sisi`, `Al-Maliki`). */
const ARABIC_ARTICLE = /^(?:al|el|Al|El)[-'’]\p{Lu}/u;

/** Lower-case particles inside a name: `Anna van der Berg`, `Ludwig van Beethoven`, `Carlos de la Cruz`. */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'ten', 'ter', 'bin', 'binti', 'al', 'el', 'ibn', 'y']);

const REPORTING =
  /^[ \t]*,?[ \t]*(?:(?:has|had|have|also|then|later|previously|once|who|, who)[ \t]+){0,2}(?:said|says|told|tells|added|adds|explained|wrote|writes|asked|asks|noted|argued|claimed|stated|announced|insisted|recalled|warned|confirmed|denied|replied|tweeted|posted|acknowledged|admitted|believes|believed|thinks|thought|explains|according|stressed|emphasised|emphasized|urged|testified|reported|revealed|described|suggested|predicted|agreed|disagreed|responded|commented|joked|laughed|smiled|nodded|shouted|whispered|met|visited|won|lost|scored|died|was|is|who|will|would|did|does)\b/iu;
const STRONG_REPORTING = /^[ \t]*,?[ \t]*(?:(?:has|had|also|then|later)[ \t]+)?(?:said|says|told|tells|added|adds|explained|wrote|asked|noted|argued|claimed|stated|announced|insisted|recalled|warned|confirmed|denied|replied|tweeted|acknowledged|admitted|stressed|urged|testified|revealed|explains|writes|recalls|insists|argues|notes(?=[ \t]+that\b|[ \t]*[,:]))\b/iu;
const BEFORE_CUE = /(?:according[ \t]+to|said|says|told|by|with|from|spokesman|spokeswoman|spokesperson|named|called|dear|hi|hello|thanks|thank[ \t]+you|meet|married|wife|husband|son|daughter|mother|father|brother|sister|uncle|aunt|friend|colleague|partner)[ \t,]*$/iu;
const APPOSITION = /^,[ \t]*(?:\d{1,3}[ \t]*,|(?:aged|now)[ \t]+\d|(?:a|an|the|who|whose|former|chief|senior|head|founder|co-founder)[ \t])/iu;
/** A reporting verb right before the name, the name then closing the clause: `said Joe Sternlieb,`, `says Tarlo.` */
const SAID_BEFORE = /(?:said|says|told|wrote|writes|asked|asks|added|adds|explained|explains|recalled|recalls)[ \t]+$/iu;
const POSSESSIVE = /^['’]s?\b/u;
/** A possessive written as a word of its own too (`Ralph 's`), as tokenised and careless text has it. */
const SHOP_POSSESSIVE = /^[ \t]?['’]s\b/u;
const A_BEFORE = /(?:^|[ \t(])an?[ \t]+$/iu;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'hers', 'him', 'their', 'them', 'our', 'us', 'its', 'this', 'that', 'these', 'those']);
/**
 * What only a person does or is, right after a lone word, through an adverb or an auxiliary: `Millican died`,
 * `Cotton was born`, `Wintour herself`, `Tiberius reportedly regretted`, `Aldrin has been married`.
 */
const PERSON_PREDICATE =
  /^[ \t]*(?:(?:also|then|later|once|never|reportedly|personally|allegedly|famously|often|still|already|has|had|have|was|is|were|been)[ \t]+){0,3}(?:died|was[ \t]+born|thought|thinks|suggested|smiled|laughed|nodded|shouted|whispered|cried|wept|married|dismisses|dismissed|himself|herself|believed|believes|regretted|regrets|preferred|prefers|espoused|admired|admires|feared|hoped|hopes|wished|apologi[sz]ed|pleaded|vowed|confessed|resigned|retired|graduated|studied|composed|co-wrote|starred|sang|painted|re-elected|elected|appointed|educated|honou?red|knighted|bapti[sz]ed|buried|executed|assassinated|murdered|arrested|sentenced|lured|appalled|devout|widowed|divorced)\b/iu;
/**
 * `to`, `for`, `with` or `by` right before a word: unlike `in`, `at` or `from`, they take people as often as
 * places (`pass this along to Elizabeth`, `too much trouble for Ian`).
 */
const OBJECT_OF = /\b(?:to|for|with|by)[ \t]+$/iu;
/** Going somewhere: what follows `to` is a place (`drive 10 miles down 75 to Allen`, `moved to Austin`). */
const MOTION_TO = /\b(?:go|goes|going|went|gone|drive|drives|driving|drove|driven|fly|flies|flying|flew|flown|move|moves|moving|moved|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|walk(?:s|ed|ing)?|ride|rides|riding|rode|commute[sd]?|commuting|trip|miles|road|route)\b[^.!?,;:]{0,24}\bto[ \t]+$/iu;
/** He, she and their forms later in the same sentence: what the sentence says about the word is about a person. */
const GENDERED_PRONOUN = /\b(?:he|she|his|her|him|himself|herself)\b/iu;
/** A possessive naming what people have and things do not: `Rafferty's brother`, `Hitchcock's films`. */
const PERSONAL_POSSESSION =
  /^['’]s?[ \t]+(?:\p{Ll}+[ \t]+)?(?:brother|sister|wife|husband|son|daughter|mother|father|parents|family|widow|widower|children|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|girlfriend|boyfriend|fianc[ée]e?|partner|career|death|birth|funeral|childhood|biography|memoir|autobiography|teachings|films|novels|songs|albums|paintings|poems|performances?|presidency|reign|lawyer|attorney|spokesman|spokeswoman|mistress|heirs?)\b/u;
/** A regnal or generational number after a name: `Edward IV`, `Pope Paul VI`, `Andre Price III`. */
const NAME_NUMERAL = /^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3}|XIX|XX)\.?$/;
/** `I` after a name is a numeral only where the pronoun cannot be: before punctuation or `and`, `of`, `with`. */
const NUMERAL_I_AFTER = /^(?:\.?[ \t]*(?:[,;:()]|$)|\.?[ \t]+(?:and|or|of|with|who|whose)\b|['’]s\b|\.[ \t])/u;
/** A generational suffix after a full name: `Martin Luther King, Jr.`, `John Smith Sr.`. */
const GENERATION_SUFFIX = /^,?[ \t]+(?:Jr|Sr)(?:\.|\b)/u;
/** An epithet after a name: `Lucas Cranach the Elder`, `Louis the German`, `Alfred the Great`. */
const EPITHET = /^[ \t]+the[ \t]+(\p{Lu}\p{Ll}+)\b/u;
const EPITHETS = new Set(['elder', 'younger', 'great', 'good', 'bold', 'wise', 'fair', 'pious', 'conqueror', 'confessor', 'magnificent', 'terrible', 'lionheart', 'bald', 'fat', 'just', 'unready', 'navigator', 'baptist', 'evangelist', 'apostle', 'lawgiver', 'venerable', 'martyr']);
/** An age in apposition (`Jutting, now 31,`, `Smith, 45,`): a person. */
const AGE_APPOSITION = /^,[ \t]*(?:(?:now|aged)[ \t]+)?\d{1,3}[ \t]*[,.]/u;
/**
 * A clause opening right before a word: a sentence start is checked apart; here a comma, a semicolon or a
 * conjunction (`but Geyer was`, `, Campbell went`, `alleged that Zarqawi had`, `codes," Obama mocked`).
 */
const CLAUSE_OPENING = /(?:[,;]|\b(?:and|but|or|because|if|when|while|whilst|before|after|since|although|though|until|unless|whereas|once))[ \t]*["“”]?[ \t]*$/u;
/**
 * A finite verb right after a word, through an adverb: the word is the subject of its clause. Past tense in
 * -ed, the common irregular pasts and the auxiliaries (`Geyer returned`, `Trump isn't`, `Pompey took`).
 */
const FINITE_VERB =
  /^[ \t]+(?:(?:also|then|later|never|still|already|soon|finally|eventually|quickly|once|again|even|only|just)[ \t]+)?(?:\p{Ll}{2,}ed|is|was|has|had|isn['’]t|wasn['’]t|hasn['’]t|hadn['’]t|would|could|will|can|did|didn['’]t|does|doesn['’]t|must|should|might|took|made|went|became|gave|got|came|left|began|won|wrote|saw|told|found|knew|felt|kept|held|ran|brought|bought|thought|sought|fought|taught|met|led|lost|paid|spent|sent|built|fell|rose|grew|drew|flew|threw|spoke|broke|chose|drove|hid|sang|shot|slept|wore|sold|stood|sat|heard|meant|understood|wept)\b/u;

/** One capitalised (or particle / initial) token in a run. */
interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'initial' | 'particle' | 'numeral';
}

/**
 * Han, kana, hangul and bopomofo: scripts written without spaces, so one of their characters next to a Latin
 * word is a word boundary (`首席执行官为Stuart Harrison。`, `我和Tom一起去`), not a letter of the word.
 */
const CJK_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Bopomofo}';
const CJK = new RegExp(`[${CJK_SCRIPTS}]`, 'u');
/** A letter of a word in a script with spaces (a letter, and not one of CJK_SCRIPTS). */
const WORD_LETTER = `[[\\p{L}\\p{M}'’]--[${CJK_SCRIPTS}]]`;
/** A capitalised word, or one behind a lower-case Arabic or French particle (`al-Zarqawi`, `d'Estaing`). */
const CAP_TOKEN = new RegExp(`(?:(?:al|el|ad|as|ash|at|az|ibn|bin|abu|d)[\\-'’])?\\p{Lu}${WORD_LETTER}*(?:-[\\p{L}--[${CJK_SCRIPTS}]]${WORD_LETTER}*)*\\.?`, 'gv');
/** Chinese and Japanese punctuation: a word boundary like a blank or its ASCII counterpart. */
const CJK_PUNCT = '，。、；：！？（）「」『』“”‘’《》〈〉【】…—～';
/**
 * Chinese words right before a Latin name glued to them: roles and relations (`联系人：`, `首席执行官为`,
 * `同事`, `妻子`), `和`/`跟`/`与`/`同` (with) — what BEFORE_CUE is in English.
 */
const ZH_BEFORE_CUE = new RegExp(withTraditionalRegex(String.raw`(?:(?:联系人|收件人|收货人|负责人|发言人|代表|主席|总统|总理|首相|部长|市长|主任|院长|校长|董事长|总裁|首席执行官|执行官|总经理|经理|创始人|教授|老师|医生|律师|导演|演员|歌手|作家|作者|记者|编辑|选手|球员|教练|队长|博主|网友|客户|同事|朋友|同学|室友|老板|领导|妻子|丈夫|儿子|女儿|父亲|母亲|哥哥|姐姐|弟弟|妹妹|男友|女友|男朋友|女朋友|老公|老婆|闺蜜|名叫|叫做|名为|会见|采访|感谢|谢谢)(?:[为是][ \t]*|[ \t]*[：:][ \t]*)?|(?:[和跟与同]))$`), 'u');
/**
 * Chinese words around a Latin word that make it a thing, not a person: a verb of using, installing or opening
 * before it (`用Excel导出`, `下载App`, `打开Windows系统`) or a product or place noun right after it.
 */
const ZH_THING_BEFORE = new RegExp(withTraditionalRegex(String.raw`(?:用|使用|利用|下载|安装|卸载|打开|点开|关闭|启动|运行|登录|登陆|注册|升级|更新|购买|订阅|连接|访问|浏览|搜索|通过)$`), 'u');
const ZH_THING_AFTER = new RegExp(withTraditionalRegex(String.raw`^(?:系统|软件|应用|版本|平台|账号|账户|帐号|帐户|网站|网页|官网|浏览器|客户端|手机|电脑|平板|插件|程序|游戏|文件|格式|表格|文档|公司|集团|银行|大学|品牌|产品|商店|商城|门店|股价|股票|市场)`), 'u');
/** Chinese place prepositions before a Latin word (`在Google工作`, `来自London`): like English `in`, `at`, `from`. */
const ZH_PLACED = new RegExp(withTraditionalRegex(String.raw`(?:在|于|位于|来自|前往|飞往|抵达|到达)$`), 'u');

export interface EnDocState {
  /** First names and surnames of full names accepted earlier in the document (lower case). */
  seen: Set<string>;
}

const MAX_SEEN = 5000;

/** A Han or kana character, or Chinese punctuation: where a Latin word glued to Chinese text begins or ends. */
function cjkBoundary(c: string | undefined): boolean {
  return c !== undefined && (CJK.test(c) || CJK_PUNCT.includes(c));
}

function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === "'" || text[i] === '‘' || text[i] === '(' || text[i] === '[')) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === '.' || c === '!' || c === '?' || c === '。' || c === '！' || c === '？' || c === '：' || c === '；' || c === '\n' || c === '\t' || c === ':' || c === ';' || c === '—' || c === '–' || c === '-' || c === '•' || c === '*' || c === '>' || c === '|';
}

/** Runs of capitalised words joined by single spaces, particles or initials, found in one pass. */
function runs(text: string): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  CAP_TOKEN.lastIndex = 0;
  for (let m = CAP_TOKEN.exec(text); m; m = CAP_TOKEN.exec(text)) {
    let word = m[0];
    const start = m.index;
    // Glued to a letter or digit on the left (`iPhone`, `McDonald` inside a longer token): not a word start.
    // A Han or kana character before it is a boundary: Chinese glues Latin words to its own (`为Stuart`).
    if (start > 0 && /[\p{L}\p{N}_@#]/u.test(text[start - 1]) && !CJK.test(text[start - 1])) continue;
    // Glued to a digit or a token character on the right (`Fptbgjxitkyn5fh`, `Ab+cD/`: base64, ids, hashes): a
    // fragment of a machine token, which logs are full of, not a word.
    const next = text[start + m[0].length];
    if (next !== undefined && /[\p{N}_@#/+=]/u.test(next) && !NOTES_ADDRESS.test(text.slice(start + m[0].length, start + m[0].length + 40))) continue;
    // A period with a lower-case letter right after it (`Sig.ra`, `Dott.ssa`, `Sr.a`): an abbreviation with its
    // ending written on, as Italian and Spanish titles are, never a name.
    if (next !== undefined && m[0].endsWith('.') && /\p{Ll}/u.test(next)) continue;
    // A possessive (`Pugh's`, `Doss’s`) belongs to the sentence, not to the name.
    const poss = /['’]s$/u.exec(word);
    if (poss && word.length > 3) word = word.slice(0, poss.index);
    // A closing quote (`'John Doe'`) or a plural possessive's apostrophe (`Jesus'`) is not part of the word.
    else if (/['’]$/u.test(word)) word = word.replace(/['’]+$/u, '');
    let kind: Tok['kind'] = 'word';
    const bare = word.replace(/\.$/, '');
    const afterTok = text.slice(start + m[0].length, start + m[0].length + 12);
    if (cur.length > 0 && cur[cur.length - 1].kind === 'word' && /^[ \t]+$/.test(text.slice(cur[cur.length - 1].end, start)) && ((NAME_NUMERAL.test(word) && !(bare.length === 1 && word.endsWith('.'))) || (bare === 'I' && NUMERAL_I_AFTER.test(afterTok)))) {
      kind = 'numeral';
      word = bare;
    } else if (bare.length === 1) kind = 'initial';
    else if (word.endsWith('.') && !TITLES.has(bare.toLowerCase())) word = bare; // a sentence end, not an abbreviation
    const tok: Tok = { text: word, lower: word.replace(/\.$/, '').toLowerCase(), start, end: start + word.length, kind };
    if (cur.length > 0) {
      const gap = text.slice(cur[cur.length - 1].end, start);
      const parts = gap.trim().split(/[ \t]+/).filter(Boolean);
      const joined = /^[ \t]+$/.test(gap) || (/^[ \t]+(?:\p{Ll}+[ \t]+){1,2}$/u.test(gap) && parts.every((p) => PARTICLES.has(p)));
      if (!joined || cur.length >= 6) {
        out.push(cur);
        cur = [];
      }
    }
    cur.push(tok);
  }
  if (cur.length) out.push(cur);
  return out;
}

function isAllCaps(t: Tok): boolean {
  return t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase();
}

/**
 * An all-caps word that reads as a name or a title: a first name or a surname the lexicons know and no common
 * word, place or firm (`SCALIA`, `KENNEDY`, `JUSTICE`; not `NEWS`, `BILL`, `TEXAS`). Court opinions, forms,
 * passenger lists and signatures write surnames so.
 */
function capsName(t: Tok, L: ReturnType<typeof lexicon>): boolean {
  const w = t.lower;
  if (TITLES.has(w)) return true;
  return w.length >= 3 && (L.first.has(w) || L.last.has(w)) && !L.common.has(w) && !L.places.has(w) && !L.orgs.has(w) && !L.demonyms.has(w) && !MONTHS_DAYS.has(w);
}

/**
 * Whether a run holding all-caps words is read as a name. In a line with lower-case text, when each all-caps
 * word reads as a name (`in which KENNEDY, SOUTER and BREYER joined`, `John Paul STEVENS delivered`); in a
 * line all in capitals (a heading, a shouted line, a mail header), only a full name of known words (`DEBRA
 * PERLINGIERE 09/20/2000`). Anything else (`BREAKING NEWS`, `NASA John Smith`) is split at those words.
 */
function capsRunIsName(toks: Tok[], lowerOnLine: boolean, L: ReturnType<typeof lexicon>): boolean {
  // Alone in a line of lower-case text, three capitals or fewer are how acronyms are written (`her FIN is`,
  // `the PIN`, `your DOB`), far more often than a surname set in capitals.
  if (lowerOnLine && toks.length === 1 && isAllCaps(toks[0]) && toks[0].text.replace(/\.$/u, '').length <= 3) return false;
  if (lowerOnLine) return toks.every((t) => !isAllCaps(t) || capsName(t, L));
  const words = toks.filter((t) => t.kind === 'word');
  return words.length >= 2 && words.length <= 4 && L.first.has(words[0].lower) && !TITLES.has(words[0].lower) && words.every((t) => capsName(t, L));
}

/** Candidates in one text (a line block); `state` carries names across blocks of the same document. */
export function recognisePersonsEn(text: string, state: EnDocState): Recognised[] {
  const L = lexicon();
  const out: Recognised[] = [];
  const lowerOnLine = /\p{Ll}/u.test(text);
  for (const run of runs(text)) {
    let toks = run;
    const cues: Cue[] = [];
    // A heading in capitals (`BREAKING NEWS`) or a run with an all-caps word is not a name, unless the words
    // read as one (capsRunIsName).
    if (toks.some(isAllCaps) && !capsRunIsName(toks, lowerOnLine, L)) {
      const split = splitAt(toks, isAllCaps);
      for (const part of split) handle(part, text, L, state, out, []);
      continue;
    }
    // A title inside a run starts the name (`Contact Mr. John Q. Smith`, `Thanks Dr. Lee`): what comes before
    // it is another word or another name, judged on its own.
    const t = toks.findIndex((tok, i) => i > 0 && i < toks.length - 1 && TITLES.has(tok.lower));
    if (t > 0) {
      handle(toks.slice(0, t), text, L, state, out, []);
      toks = toks.slice(t);
    }
    // A greeting glued to the name (`Hello Louise,`, `Thanks Kam`) is not part of it. It is the cue before the
    // name when someone is addressed — a known first name, or a comma after — not in `Hello World!`.
    if (toks.length > 1 && GREETINGS.has(toks[0].lower)) {
      const name = toks.slice(1);
      const addressed = L.first.has(name[0].lower) || (name.length === 1 && L.wordFirst.has(name[0].lower)) || /^[ \t]*,/u.test(text.slice(name[name.length - 1].end, name[name.length - 1].end + 3));
      if (addressed) cues.push({ label: `greeting (${toks[0].lower})`, weight: 0.2 });
      toks = name;
    }
    // Titles before the name: the last one is the cue, all are outside the span.
    let titled: string | undefined;
    while (toks.length > 1 && TITLES.has(toks[0].lower)) {
      titled = toks[0].lower;
      toks = toks.slice(1);
    }
    if (titled) cues.push({ label: `title (${titled})`, weight: STRONG_TITLES.has(titled) ? 0.35 : 0.3 });
    handle(toks, text, L, state, out, cues);
  }
  // A nickname in quotes between a first name and a surname (`Rohan "Alabama" Davey`) is part of the name.
  if (text.includes('"') || text.includes('“')) mergeNicknames(text, out, L);
  // A lone word accepted once (`Leive said`) is the same person elsewhere in the text, before that mention as
  // well as after it (`Bono is one of those guys,” Leive said`).
  const accepted = new Set<string>();
  for (const r of out) {
    if (confidenceOf(r) < 0.5 || !anchored(r)) continue;
    // The name's own words, not the `the` of an epithet, a numeral or a `Jr.`.
    for (const w of text.slice(r.start, r.end).split(/[\s,]+/)) {
      const lower = w.toLowerCase();
      const capsKnown = /^\p{Lu}{3,}$/u.test(w) && (L.first.has(lower) || L.last.has(lower));
      if ((/^\p{Lu}\p{Ll}/u.test(w) || capsKnown) && !/^(?:Jr|Sr)\.?$/u.test(w)) accepted.add(lower);
    }
  }
  for (const r of out) {
    const word = text.slice(r.start, r.end).toLowerCase();
    if (/\s/.test(word) || confidenceOf(r) >= 0.5 || r.cues.some((c) => c.label.startsWith('coreference'))) continue;
    if (accepted.has(word) || state.seen.has(word)) r.cues.push({ label: 'coreference with a name accepted in the document', weight: 0.45 });
  }
  // Names are listed with names: `Piaf and Mômone`, `Craig and Nate`, `Kennedy, Souter and Ginsburg`.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    const gap = text.slice(a.end, b.start);
    if (!COORDINATION.test(gap)) continue;
    // A bare comma is a list only when the list goes on (`Kennedy, Souter and Ginsburg`), not `Tracy, Do we…`.
    if (!/\b(?:and|or)\b|&/u.test(gap) && !/^(?:,|[ \t]+(?:and|or)\b)/u.test(text.slice(b.end, b.end + 6))) continue;
    const ca = confidenceOf(a);
    const cb = confidenceOf(b);
    if (ca >= 0.5 && cb < 0.5 && cb >= COORDINATED_FLOOR) b.cues.push({ label: 'listed with a name', weight: COORDINATED_WEIGHT });
    else if (cb >= 0.5 && ca < 0.5 && ca >= COORDINATED_FLOOR) a.cues.push({ label: 'listed with a name', weight: COORDINATED_WEIGHT });
  }
  if (state.seen.size < MAX_SEEN) for (const w of accepted) state.seen.add(w);
  return out;
}

/**
 * Cues that only position or capitals give (`with Keyv Storage`, a run of unknown capitalised words): enough to
 * report one span, not to make every other mention of its words a name. A heading's `Keyv Storage` would
 * otherwise make each `Keyv` in the document a person.
 */
const WEAK_CUES = /^(?:unknown capitalised words|cue before|verb after|apposition|possessive|listed with|context|coreference)/u;
function anchored(r: Recognised): boolean {
  return r.cues.some((c) => c.weight > 0 && !WEAK_CUES.test(c.label));
}

/** A quoted nickname and the surname after a first name: `Rohan "Alabama" Davey`, `Dwayne "The Rock" Johnson`. */
const NICKNAME_AFTER = /^[ \t]+["“]\p{Lu}[^"”\n]{0,28}["”][ \t]+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?(?=[^\p{L}]|$)/u;
function mergeNicknames(text: string, out: Recognised[], L: ReturnType<typeof lexicon>): void {
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (!L.first.has(text.slice(a.start, a.end).toLowerCase())) continue;
    const m = NICKNAME_AFTER.exec(text.slice(a.end, a.end + 60));
    if (!m) continue;
    const end = a.end + m[0].length;
    // What was found inside (the nickname, the surname) is now part of this one span.
    let j = i + 1;
    while (j < out.length && out[j].start < end) j++;
    out.splice(i, j - i, { ...a, end, base: 0.35, cues: [...a.cues, { label: 'nickname in quotes', weight: 0.2 }] });
  }
}

/** A capitalised word and `and`, `or` or `&` on one side: `Bill and Melinda`, `Melinda or Bill`. */
const LISTED_BEFORE_WORD = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+),?[ \t]+(?:and|or|&)[ \t]+$/u;
const LISTED_AFTER_WORD = /^,?[ \t]+(?:and|or|&)[ \t]+(\p{Lu}\p{Ll}+)((?:[ \t]+\p{Lu}\p{Ll}+){0,3})/u;
/** Whether the span is listed with a known first name on either side. */
function pairedWithFirst(text: string, start: number, end: number, L: ReturnType<typeof lexicon>): boolean {
  const b = LISTED_BEFORE_WORD.exec(text.slice(Math.max(0, start - 30), start));
  if (b && L.first.has(b[1].toLowerCase())) return true;
  const a = LISTED_AFTER_WORD.exec(text.slice(end, end + 50));
  // Not the first word of a firm's or a foundation's name (`the Bill and Melinda Gates Foundation`).
  return a !== null && L.first.has(a[1].toLowerCase()) && !a[2].toLowerCase().split(/[ \t]+/u).some((w) => NOT_PERSON.has(w));
}

/** The text after `at` up to the end of its sentence (at most 120 characters). */
function sentenceRest(text: string, at: number): string {
  const rest = text.slice(at, at + 120);
  const stop = /[.!?](?:[ \t"”’)]|$)|\n/u.exec(rest);
  return stop ? rest.slice(0, stop.index) : rest;
}

function splitAt(toks: Tok[], bad: (t: Tok) => boolean): Tok[][] {
  const parts: Tok[][] = [];
  let cur: Tok[] = [];
  for (const t of toks) {
    if (bad(t)) {
      if (cur.length) parts.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) parts.push(cur);
  return parts;
}

function handle(toksIn: Tok[], text: string, L: ReturnType<typeof lexicon>, state: EnDocState, out: Recognised[], cuesIn: Cue[]): void {
  let toks = toksIn;
  // One array literal, filled by push: V8 then learns at this allocation site that the array holds objects. A
  // copy by spread starts as an array of small integers on every call, and each push site that met such a fresh
  // array first deoptimised handle() — 14 recompilations of it, 1.4 s of compiler time per 8 MiB of prose.
  const cues: Cue[] = [];
  for (const c of cuesIn) cues.push(c);
  // Months, days, demonyms and function words break a run (`On Tuesday Smith said`, `American Jane Doe`).
  const breaks = (t: Tok) => isMonthOrDay(t, text) || L.demonyms.has(t.lower) || (t.kind === 'word' && FUNCTION_WORDS.has(t.lower));
  if (toks.some(breaks)) {
    const parts = splitAt(toks, breaks);
    const titled = cues.length > 0;
    parts.forEach((p, i) => handle(p, text, L, state, out, titled && i === 0 && p[0] === toks[0] ? cues : []));
    return;
  }
  // A capitalised common word at a sentence start (`Yesterday`, `The`, `However`) is not part of the name.
  while (toks.length > 0 && isSentenceStart(text, toks[0].start) && L.common.has(toks[0].lower) && !L.first.has(toks[0].lower) && !L.last.has(toks[0].lower)) toks = toks.slice(1);
  while (toks.length > 0 && toks[0].kind !== 'word') toks = toks.slice(1);
  // A numeral closing the run is part of the name (`Edward IV`); one inside it (`Henry VIII Tudor`) splits it.
  let numeral: Tok | undefined;
  if (toks.length > 1 && toks[toks.length - 1].kind === 'numeral') {
    numeral = toks[toks.length - 1];
    toks = toks.slice(0, -1);
  }
  if (toks.some((t) => t.kind === 'numeral')) {
    for (const part of splitAt(toks, (t) => t.kind === 'numeral')) handle(part, text, L, state, out, []);
    return;
  }
  while (toks.length > 0 && toks[toks.length - 1].kind !== 'word') toks = toks.slice(0, -1);
  if (toks.length === 0) return;
  // The numeral belonged to the last word; initials between them (`John Q. IV`) leave it off.
  if (numeral && toks[toks.length - 1] !== toksIn[toksIn.indexOf(numeral) - 1]) numeral = undefined;
  // A function word or a role glued after a name in mail (`Mike The new deal`, `Mark E Haedicke Sent by:`,
  // `Chris Abel Manager, Risk Controls`) is not part of it.
  while (!numeral && toks.length > 2 && (TRAILING_STOP.has(toks[toks.length - 1].lower) || (TITLES.has(toks[toks.length - 1].lower) && !L.last.has(toks[toks.length - 1].lower) && !L.first.has(toks[toks.length - 1].lower)))) toks = toks.slice(0, -1);
  while (!numeral && toks.length === 2 && toks[1].kind === 'word' && TRAILING_STOP.has(toks[1].lower)) toks = toks.slice(0, 1);
  // Two people signed one after the other (`Debra Perlingiere Edward Terry`): first, last, first, last.
  if (toks.length === 4 && toks.every((t) => t.kind === 'word') && L.first.has(toks[0].lower) && L.first.has(toks[2].lower) && !L.first.has(toks[1].lower)) {
    handle(toks.slice(0, 2), text, L, state, out, cues);
    handle(toks.slice(2), text, L, state, out, []);
    return;
  }
  if (toks.length === 0 || toks.length > 5) return;
  const words = toks.filter((t) => t.kind === 'word');
  // A capitalised pronoun at a sentence start (`He added:`) takes a reporting verb as a name would.
  if (words.length === 1 && PRONOUNS.has(words[0].lower)) return;
  // Nor a pronoun's contraction (`I’ve spent`, `We'll`, `I'd`).
  if (words.length === 1 && /^(?:i|we|you|he|she|they|it)['’](?:ve|m|d|ll|re|s)$/u.test(words[0].lower)) return;
  // Nor a negated verb in a title (`Her Father Didn't Like Me`).
  if (words.some((w) => /n['’]t$/u.test(w.lower))) return;
  const phrase = toks.map((t) => t.lower).join(' ');
  // Organisations, places and things: the whole run is refused, not trimmed to a name-like part.
  // Except a first name first (`Bill Gold`) or a surname last after one (`Tom Hall`): those are names.
  // A given name that is also a word (`Bill`, `Dawn`) is one where the position says so (WORD_FIRST_NAMES).
  const start = toks[0].start;
  const before = text.slice(Math.max(0, start - 40), start);
  const lastWord = words[words.length - 1];
  const wordFirst =
    L.wordFirst.has(words[0].lower) &&
    (words.length >= 2
      ? words.length <= 3 && L.last.has(lastWord.lower) && !L.common.has(lastWord.lower)
      : cues.some((c) => c.label.startsWith('greeting')) || SIGN_OFF_BEFORE.test(before) || pairedWithFirst(text, start, lastWord.end, L));
  const thing = (t: Tok, i: number) =>
    NOT_PERSON.has(t.lower) && !(i === 0 && wordFirst) && !(words.length >= 2 && ((i === 0 && L.first.has(t.lower)) || (i === words.length - 1 && L.last.has(t.lower) && L.first.has(words[0].lower))));
  if (words.some(thing) || L.orgs.has(phrase) || L.places.has(phrase)) return;
  if (words.length === 1 && (L.places.has(words[0].lower) || L.orgs.has(words[0].lower))) return;
  if (words.length >= 2 && L.places.has(words[0].lower) && !L.first.has(words[0].lower) && L.places.has(words[words.length - 1].lower)) return;
  let end = toks[toks.length - 1].end;
  if (numeral) {
    end = numeral.end;
    cues.push({ label: 'regnal or generational number', weight: 0.35 });
  } else {
    const suffix = GENERATION_SUFFIX.exec(text.slice(end, end + 8));
    if (suffix && words.length >= 2) end += suffix[0].length;
  }
  const epithet = EPITHET.exec(text.slice(end, end + 24));
  if (epithet && (EPITHETS.has(epithet[1].toLowerCase()) || L.demonyms.has(epithet[1].toLowerCase()))) {
    end += epithet[0].length;
    cues.push({ label: 'epithet (the …)', weight: 0.25 });
  }
  let after = text.slice(end, end + 40);
  // A full name with its Lotus Notes address: the `@DOMAIN` of the flat form is part of the name as written.
  const notes = words.length >= 2 ? NOTES_ADDRESS.exec(after) : null;
  if (notes) {
    if (notes[0].startsWith('@')) end += notes[0].length;
    after = text.slice(end, end + 40);
    cues.push({ label: 'Lotus Notes address', weight: 0.3 });
  }
  // A name glued to a handle, an e-mail or a path is someone's account, not running text.
  else if (/[@#/\\]$/.test(before) || /^[@/\\]/.test(after)) return;
  const first = words[0].lower;
  const last = words[words.length - 1].lower;
  const full = words.length >= 2;
  const base = full ? 0.35 : 0.15;
  if (L.first.has(first) || wordFirst) cues.push({ label: 'first-name lexicon', weight: 0.25 });
  if (full && (L.last.has(last) || (PINYIN_SYLLABLE.test(last) && PINYIN_SURNAMES.includes(first)))) cues.push({ label: 'surname lexicon', weight: 0.15 });
  else if (full && PINYIN_SURNAMES.includes(first) && words.slice(1).every((w) => PINYIN_SYLLABLE.test(w.lower))) cues.push({ label: 'romanised Chinese name', weight: 0.3 });
  else if (!full && !L.first.has(first) && L.last.has(first)) cues.push({ label: 'surname lexicon', weight: 0.15 });
  if (!full && state.seen.has(first)) cues.push({ label: 'coreference with an earlier full name', weight: 0.45 });
  // One unknown capitalised word saying something (`Mailis said`, `says Tarlo.`, `Gomery, who led`) is, in
  // news, mostly a person met earlier by full name: for a lone word these cues carry the decision.
  // (Not after a preposition: `analysts at Barclays said`, `regulators in Sydney said` report someone else.)
  // Glued to Chinese text (`为Stuart Harrison`, `Tom一起`): the Chinese words around it are its context.
  const zhBefore = cjkBoundary(before.replace(/[ \t]+$/u, '').slice(-1)) ? before.replace(/[ \t]+$/u, '') : '';
  const zhAfter = cjkBoundary(after.replace(/^[ \t]+/u, '')[0]) ? after.replace(/^[ \t]+/u, '') : '';
  const zhPlaced = zhBefore !== '' && ZH_PLACED.test(zhBefore);
  const lone = !full && !/\b(?:at|in|of|from|for|with|by|on|near|to|into|across|inside|outside)[ \t]+$/iu.test(before) && !zhPlaced;
  // A known first name that is no common word, place or firm: its capital says nothing, the word does.
  const plainFirst = !full && L.first.has(first) && !L.common.has(first) && !L.places.has(first) && !L.orgs.has(first);
  // Such a word alone, as a subject or an object in running text (`Paula has a gift`, `pass this to Elizabeth`),
  // is in practice someone's first name; not after a saint's title (St. Michael: a church) nor as a quoted title.
  const saint = /\b(?:St|Saint|San|Santa|Sankt|Ste)\.?[ \t]+$/u.test(before);
  // Only in prose: a Title Case word between blanks or sentence punctuation, not a fragment of a token (`+Jo=`, `HAo`).
  // Nor when a capitalised word follows (`Hong Kong/Macao` split at the slash, `Cal. Civ. Code`): then it is a
  // piece of a longer proper noun.
  // In Chinese text a Han character or Chinese punctuation on either side is such a boundary (`我和Tom一起去`).
  const prose = /^\p{Lu}\p{Ll}+$/u.test(words[0].text) && (/(?:^|[ \t(])$/u.test(before) || cjkBoundary(before[before.length - 1])) && (/^(?:$|[ \t,.;:!?)'’”"])/u.test(after) || cjkBoundary(after[0])) && !/^\.?[ \t]+\p{Lu}/u.test(after);
  if (plainFirst && (lone || (OBJECT_OF.test(before) && !MOTION_TO.test(before))) && prose && !saint) cues.push({ label: 'first name on its own', weight: 0.1 });
  if (STRONG_REPORTING.test(after)) cues.push({ label: 'reporting verb after', weight: lone ? 0.4 : 0.25 });
  else if (lone && PERSON_PREDICATE.test(after)) cues.push({ label: 'person-only predicate after', weight: 0.4 });
  // A lone capitalised word opening a clause and followed by its finite verb is the clause's subject — in
  // running text mostly someone met earlier by full name (`but Geyer was already in the US`, `, Campbell
  // went around`). Common words are already counted against (`Quality has fallen` needs more than this).
  else if (lone && !L.common.has(first) && ((isSentenceStart(text, start) && !/\bvs?\.[ \t]*$/u.test(before)) || CLAUSE_OPENING.test(before)) && FINITE_VERB.test(after)) cues.push({ label: 'subject of a clause', weight: 0.35 });
  else if (REPORTING.test(after)) cues.push({ label: 'verb after', weight: lone && plainFirst ? 0.2 : 0.1 });
  if (ATTRIBUTION_BEFORE.test(before) && ATTRIBUTION_AFTER.test(after)) cues.push({ label: 'attribution of a quotation', weight: 0.4 });
  const roleBefore = /(?:^|[ \t(])(\p{Ll}[\p{Ll}-]+)[ \t]+$/u.exec(before);
  if ((L.first.has(first) || wordFirst) && SIGN_OFF_BEFORE.test(before) && !cues.some((c) => c.label.startsWith('greeting'))) cues.push({ label: 'signature after a sign-off', weight: 0.25 });
  else if (roleBefore && ROLE_BEFORE.has(roleBefore[1]) && !L.common.has(first)) cues.push({ label: `role before (${roleBefore[1]})`, weight: full ? 0.3 : 0.35 });
  else if (SAID_BEFORE.test(before) && /^(?:[ \t]*$|[ \t]*[.,;:!?"”’)]|[ \t]+(?:of|from|at|in|on)[ \t])/u.test(after)) cues.push({ label: 'reporting verb before', weight: full ? 0.25 : 0.4 });
  else if (BEFORE_CUE.test(before) && !cues.some((c) => c.label.startsWith('greeting'))) cues.push({ label: 'cue before', weight: 0.2 });
  else if (zhBefore && ZH_BEFORE_CUE.test(zhBefore)) cues.push({ label: 'cue before (Chinese)', weight: 0.2 });
  if ((zhBefore && ZH_THING_BEFORE.test(zhBefore)) || (zhAfter && ZH_THING_AFTER.test(zhAfter))) cues.push({ label: 'a product or a place in Chinese context', weight: -0.3 });
  if (plainFirst && isSentenceStart(text, start) && VOCATIVE.test(after)) cues.push({ label: 'addressed (name, …)', weight: 0.3 });
  const email = after.includes('@') ? EMAIL_AFTER.exec(after) : null;
  if (email && first.length >= 3 && (email[1].toLowerCase().includes(first) || (full && last.length >= 3 && email[1].toLowerCase().includes(last)))) cues.push({ label: 'own e-mail address after', weight: 0.35 });
  if (!full && /^,[ \t]*who[ \t]/u.test(after)) cues.push({ label: "relative 'who' after", weight: 0.4 });
  else if (AGE_APPOSITION.test(after)) cues.push({ label: 'age in apposition', weight: full ? 0.15 : 0.4 });
  else if (APPOSITION.test(after)) cues.push({ label: 'apposition', weight: full ? 0.15 : 0.25 });
  else if (PERSONAL_POSSESSION.test(after)) cues.push({ label: 'personal possessive', weight: full ? 0.3 : 0.35 });
  else if (POSSESSIVE.test(after)) cues.push({ label: 'possessive', weight: 0.05 });
  // `a Ralph's`, `an Applebee's`: a shop or a restaurant, named with the article a person does not take.
  if (!full && SHOP_POSSESSIVE.test(after) && A_BEFORE.test(before)) cues.push({ label: "a shop (a …'s)", weight: -0.3 });
  // `Rafferty recorded a new version of his song`, `George was appalled by what he saw`: the subject of a clause
  // that goes on with he or she. Only up to the sentence's end, and not after a preposition (`in Paris, she`).
  const placed = /\b(?:at|in|from|near|into|across|inside|outside|on)[ \t]+$/iu.test(before) || zhPlaced;
  const quoted = /["“‘'][ \t]*$/u.test(before) && /^[ \t]*["”’']/u.test(after);
  if ((lone || full) && !placed && !quoted && GENDERED_PRONOUN.test(sentenceRest(text, end))) cues.push({ label: 'he or she later in the sentence', weight: full ? 0.1 : 0.25 });
  // A middle initial (`Adnan Z. Amin`, `John Q. Public`) is how people's names are written, not places' or firms'.
  if (full && toks.some((t, i) => t.kind === 'initial' && i > 0 && i < toks.length - 1)) cues.push({ label: 'middle initial', weight: 0.15 });
  // So is an Arabic patronymic or family article after a given name (`Usamah Bin Laden`, `Ayman al-Zawahiri`);
  // an article on the first word (`al-Jihad al-Islami`) is a group's or a place's.
  else if (full && ((words.some((w, i) => i < words.length - 1 && ARABIC_PATRONYMIC.has(w.lower))) || (!ARABIC_ARTICLE.test(words[0].text) && words.slice(1).some((w) => ARABIC_ARTICLE.test(w.text))))) cues.push({ label: 'Arabic name (bin, al-)', weight: 0.15 });
  // A product's CamelCase (`TypeScript`, `MariaDB`, `GitHub`): names have an inner capital only after Mc, Mac,
  // La, De, Di … (`McCartney`, `LaBeouf`, `DiCaprio`).
  if (!full && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0].text) && !/^(?:Mc|Mac|La|Le|De|Di|Du|Da|Van|Von|St|Fitz|Ben|Al|El)\p{Lu}/u.test(words[0].text)) cues.push({ label: 'inner capital (a product name)', weight: -0.3 });
  // A group of people (`Caesarians`, `Marxists`, `Shiites`) is no one's name.
  if (!full && /(?:ians|ists|ites)$/u.test(first)) cues.push({ label: 'a group of people', weight: -0.3 });
  // Listed with an organisation (`Deutsche Bank and Barclays agreed`, `Tesla Inc. and Amazon`): one too.
  const listedBefore = full ? null : LISTED_AFTER_WORDS.exec(before);
  if (listedBefore) {
    const item = listedBefore[1].toLowerCase().replace(/\./gu, '').split(/[ \t]+/u);
    if (L.orgs.has(item.join(' ')) || item.some((w, i) => NOT_PERSON.has(w) && !(i === 0 && (L.first.has(w) || (item.length === 1 && L.wordFirst.has(w)))))) cues.push({ label: 'listed with an organisation', weight: -0.3 });
  }
  // A firm named after people (`Michael L. Beatty & Associates`).
  if (FIRM_AFTER.test(after)) cues.push({ label: 'firm name after', weight: -0.4 });
  else {
    const partner = AMPERSAND_PARTNER.exec(after);
    if (partner && partner[1].toLowerCase().split(/[ \t]+/u).some((w) => NOT_PERSON.has(w.replace(/[.,]+$/u, '')))) cues.push({ label: 'firm name after', weight: -0.4 });
  }
  // Right after `in`, `at`, `near` … a run of capitalised words is a place far more often than a person
  // (`in Monte Carlo`, `on Capitol Hill`, `outside Chapel Hill`).
  if (full && placed && !cues.some((c) => c.label.startsWith('title'))) cues.push({ label: 'after a place preposition', weight: -0.15 });
  const known = (w: Tok) => L.first.has(w.lower) || L.last.has(w.lower) || L.common.has(w.lower) || L.places.has(w.lower) || L.orgs.has(w.lower);
  // Two or three capitalised words no lexicon knows, in the middle of a sentence: in news, mostly a person.
  if (full && words.length <= 3 && !isSentenceStart(text, start) && words.every((w) => !known(w))) cues.push({ label: 'unknown capitalised words mid-sentence', weight: 0.1 });
  const commonWords = words.filter((w, i) => L.common.has(w.lower) && !L.first.has(w.lower) && !L.last.has(w.lower) && !(i === 0 && wordFirst));
  if (commonWords.length > 0) cues.push({ label: 'capitalised common word', weight: -0.2 * commonWords.length });
  if (words.some((w) => L.places.has(w.lower) && !L.first.has(w.lower) && !L.last.has(w.lower))) cues.push({ label: 'place word', weight: -0.2 });
  if (!full && isSentenceStart(text, start) && !cues.some((c) => c.label.startsWith('coreference') || c.label.startsWith('title') || c.label === 'person-only predicate after') && !plainFirst) cues.push({ label: 'single word at a sentence start', weight: -0.05 });
  const r: Recognised = { start, end, recogniser: 'recogniser:person_name.en', base, cues };
  out.push(r);
  let score = base;
  for (const c of cues) score += c.weight;
  // Remember accepted full names so that a lone `Smith` later in the document is linked to `John Smith`.
  if (full && score >= 0.5 && anchored(r) && state.seen.size < MAX_SEEN) {
    state.seen.add(first);
    state.seen.add(last);
  }
}
