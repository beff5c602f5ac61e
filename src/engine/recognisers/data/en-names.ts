/**
 * Hand-kept additions to compromise's surname list (data/en-lexicon.generated.ts), lower case: common
 * surnames of origins that list covers thinly (Hispanic, South Asian, African, East and South-East Asian,
 * Arabic, Slavic), and the romanised Chinese surnames with the pinyin syllable shape of given names, so that
 * `Li Wei` and `Zhang Xiaoming` score as names.
 */
export const EXTRA_SURNAMES: readonly string[] = [
  'garcia', 'rodriguez', 'martinez', 'hernandez', 'lopez', 'gonzalez', 'perez', 'sanchez', 'ramirez', 'torres',
  'flores', 'rivera', 'gomez', 'diaz', 'reyes', 'morales', 'cruz', 'ortiz', 'gutierrez', 'chavez', 'ramos', 'ruiz',
  'mendoza', 'alvarez', 'castillo', 'jimenez', 'vasquez', 'moreno', 'herrera', 'medina', 'aguilar', 'vargas',
  'castro', 'romero', 'fernandez', 'guzman', 'salazar', 'rojas', 'navarro', 'delgado', 'soto', 'silva', 'pereira',
  'santos', 'oliveira', 'souza', 'costa', 'almeida', 'carvalho', 'ferreira',
  'patel', 'sharma', 'singh', 'kumar', 'gupta', 'shah', 'mehta', 'reddy', 'rao', 'iyer', 'nair', 'menon', 'joshi',
  'desai', 'chopra', 'kapoor', 'malhotra', 'verma', 'mishra', 'pandey', 'agarwal', 'banerjee', 'chatterjee',
  'mukherjee', 'das', 'bose', 'ghosh', 'sen', 'pillai', 'krishnan', 'subramanian', 'khan', 'hussain', 'ahmed',
  'ali', 'rahman', 'chaudhry', 'qureshi', 'siddiqui', 'malik', 'iqbal',
  'okafor', 'okonkwo', 'adeyemi', 'adebayo', 'oluwaseun', 'nwosu', 'eze', 'obi', 'mensah', 'owusu', 'boateng',
  'asante', 'osei', 'kamau', 'mwangi', 'otieno', 'odhiambo', 'njoroge', 'wanjiru', 'kariuki', 'mutua', 'ndlovu',
  'dlamini', 'nkosi', 'khumalo', 'mokoena', 'mahlangu', 'abebe', 'tesfaye', 'haile', 'diallo', 'traore', 'keita',
  'toure', 'camara', 'ba', 'ndiaye', 'diop', 'sow', 'cisse', 'balogun', 'okoro', 'chukwu', 'achebe',
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'vo', 'dang', 'bui', 'do', 'ngo', 'duong', 'ly',
  'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'oh', 'seo', 'shin', 'kwon',
  'tanaka', 'suzuki', 'takahashi', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'kobayashi', 'sato', 'kato',
  'yoshida', 'yamada', 'sasaki', 'matsumoto', 'inoue', 'kimura', 'hayashi', 'shimizu',
  'haddad', 'nasser', 'hassan', 'hussein', 'mansour', 'khalil', 'saleh', 'abdullah', 'ibrahim', 'yousef',
  'ivanov', 'petrov', 'smirnov', 'kuznetsov', 'popov', 'sokolov', 'volkov', 'novak', 'kowalski', 'nowak',
  'wisniewski', 'horvath', 'kovacs', 'nagy', 'popescu', 'ionescu', 'petrovic', 'jovanovic', 'papadopoulos',
  'yilmaz', 'kaya', 'demir', 'sahin', 'celik', 'ozturk', 'aydin',
  // Surnames that are also English words (compromise files them as words only).
  'brown', 'white', 'black', 'green', 'gray', 'grey', 'young', 'king', 'wright', 'hill', 'wood', 'stone', 'rose',
  'bell', 'hall', 'long', 'love', 'price', 'rich', 'fox', 'lamb', 'little', 'cook', 'baker', 'carpenter', 'mason',
  'fisher', 'hunter', 'turner', 'walker', 'miller', 'taylor', 'parker', 'cooper', 'porter', 'ward', 'webb', 'moss',
  'field', 'banks', 'marsh', 'rivers', 'frost', 'snow', 'winter', 'summers', 'day', 'knight', 'bishop', 'page',
  'hope', 'joy', 'sharp', 'strong', 'armstrong', 'short', 'lord', 'steel', 'gold', 'silver', 'swift', 'may',
  'reed', 'hunt', 'lane', 'mills', 'fields', 'cross', 'burns', 'woods', 'parks', 'case', 'bush', 'barber', 'tucker',
  'wolf', 'swan', 'crane', 'drake', 'bond', 'booth', 'noble', 'power', 'savage', 'glass', 'wells', 'shepherd',
  'chambers', 'weaver', 'berry', 'bowman', 'watts', 'dean', 'hale', 'payne', 'hammond', 'peck', 'west', 'rice',
  // Among the hundred most frequent US and UK surnames, missing from the generated list: several are first names
  // too (Ross, Morgan, Stewart), some places as well (Hamilton, Warren); Houston, Jordan and Holland are left out.
  'cole', 'ford', 'moody', 'spencer', 'warren', 'sterling', 'golden', 'stewart', 'woodward', 'oliver', 'lloyd',
  'pierce', 'marshall', 'fletcher', 'barr', 'ross', 'morgan', 'foster', 'russell', 'griffin', 'ellis', 'harrison',
  'mcdonald', 'graham', 'wallace', 'hamilton',
];

/**
 * Given names common in news but missing from compromise's lexicon (East Asian romanised, African, South
 * Asian), lower case.
 */
export const EXTRA_FIRST_NAMES: readonly string[] = [
  'jun', 'wei', 'ming', 'hui', 'ling', 'yan', 'hong', 'xin', 'jing', 'min', 'ying', 'hao', 'lei', 'tao', 'jie', 'yu',
  'xiaoming', 'xiaoli', 'jianguo', 'guoqiang', 'haruto', 'kenji', 'yuki', 'sakura',
  'minjun', 'seojun', 'jiwoo', 'thanh', 'linh', 'minh', 'tuan', 'chinedu', 'ngozi', 'kwame',
  'ama', 'sipho', 'thandiwe', 'oluwaseun', 'tunde', 'folake', 'wanjiru',
  'amara', 'chidi', 'nnamdi', 'adaeze', 'yaw', 'kwesi', 'esi', 'themba', 'lerato', 'tendai', 'farai', 'rajesh',
  'suresh', 'ramesh', 'priya', 'ananya', 'arjun', 'nikhil', 'deepa',
  'lakshmi', 'sanjay', 'anil', 'sunil', 'pooja', 'neha', 'rahul', 'amit', 'vijay', 'ravi',
];

/**
 * Given names that are also common English words (`Bill`, `Dawn`, `Rich`), which the first-name lexicon leaves
 * out because a capital alone does not tell them from the word, lower case. A name only where the position
 * says so: signing a message, greeted, listed with another first name, or before a known surname.
 */
export const WORD_FIRST_NAMES: readonly string[] = [
  'bill', 'will', 'dawn', 'rich', 'frank', 'ray', 'art', 'gene', 'guy', 'max', 'penny', 'ruby', 'holly', 'daisy',
  'lily', 'violet', 'hazel', 'olive', 'crystal', 'jade', 'pearl', 'robin', 'jay', 'miles', 'sandy', 'rusty',
  'dusty', 'randy', 'woody', 'chip', 'cliff', 'dean', 'rod', 'earl', 'rex', 'eve', 'melody', 'hope', 'faith',
  'joy', 'rose', 'christian', 'hunter', 'sterling',
];

/** Romanised (pinyin, plus common Cantonese and Wade–Giles spellings) Chinese surnames, lower case. */
export const PINYIN_SURNAMES: readonly string[] = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo',
  'he', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'xu', 'deng', 'han', 'feng', 'cao', 'peng',
  'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding',
  'ren', 'yao', 'shen', 'zhong', 'cui', 'tan', 'fan', 'wang', 'liao', 'shi', 'jin', 'jia', 'xia', 'fu', 'fang', 'zou',
  'xiong', 'bai', 'meng', 'qin', 'qiu', 'hou', 'yin', 'xue', 'yan', 'duan', 'lei', 'long', 'tao', 'mao', 'hao', 'gu',
  'gong', 'shao', 'wan', 'qian', 'kong', 'xiang', 'kang', 'yi', 'qiao', 'lai', 'wen', 'shi', 'ouyang', 'sima',
  'zhuge', 'shangguan', 'situ', 'murong',
  'chan', 'wong', 'cheung', 'lau', 'leung', 'ng', 'chow', 'lam', 'tsang', 'yeung', 'kwok', 'chu', 'ho', 'tse',
  'chiang', 'hsu', 'tsai', 'chang', 'kuo', 'teo', 'tan', 'lim', 'goh', 'ong', 'koh', 'chua', 'yeo', 'tay',
];

/** One to three pinyin syllables written as one word (`wei`, `xiaoming`, `jinping`). */
export const PINYIN_SYLLABLE =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|e|i|o|u|v)(?:n(?![aeiouv])|ng(?![aeiouv]))?){1,3}$/;
