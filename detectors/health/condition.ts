import { defineDetector, type DetectorPattern } from '../../src/types.js';
import { labelWords, lexiconPatterns, normalizeLexiconValue } from '../_lib/lexicon.js';

/**
 * Health condition: a diagnosis or condition (type 2 diabetes, hypertension, 高血压, 抑郁症 …), an ICD-10 code
 * (E11.9) or a medication (metformin, 二甲双胍), each only as the value of a labelled field (`Diagnosis: …`,
 * `ICD-10: E11.9`, `诊断：…`, `diagnosed with …`, `患有…`) or in a diagnosis / medication column
 * (`requireContext`). Qualifiers between the label and the term are allowed (`Diagnosis: severe asthma`,
 * `诊断：原发性高血压`), and in a column cell text may follow the term (`Hypertension, stage 2`).
 *
 * GDPR Art. 4(15) data concerning health, an Art. 9 special category; CCPA SPI (ae)(2)(B) and a §1798.81.5
 * medical-information element; PIPL Art. 28 (medical health). Masked whole (`special`).
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */
const CONDITIONS = [
  'diabetes', 'diabetes mellitus', 'type 1 diabetes', 'type 2 diabetes', 'prediabetes', 'hypertension', 'high blood pressure',
  'asthma', 'copd', 'chronic obstructive pulmonary disease', 'cancer', 'breast cancer', 'lung cancer', 'prostate cancer',
  'colorectal cancer', 'leukemia', 'leukaemia', 'lymphoma', 'melanoma', 'tumor', 'tumour', 'carcinoma', 'hiv', 'hiv positive',
  'aids', 'hepatitis', 'hepatitis b', 'hepatitis c', 'tuberculosis', 'depression', 'major depressive disorder', 'anxiety',
  'anxiety disorder', 'generalized anxiety disorder', 'panic disorder', 'bipolar disorder', 'schizophrenia', 'ptsd',
  'post-traumatic stress disorder', 'ocd', 'obsessive-compulsive disorder', 'eating disorder', 'anorexia nervosa', 'bulimia',
  'epilepsy', 'dementia', "alzheimer's disease", 'alzheimer', "parkinson's disease", 'parkinson', 'multiple sclerosis',
  'coronary artery disease', 'heart failure', 'atrial fibrillation', 'myocardial infarction', 'heart attack', 'stroke',
  'obesity', 'arthritis', 'rheumatoid arthritis', 'osteoarthritis', 'osteoporosis', 'chronic kidney disease', 'kidney failure',
  'migraine', 'autism', 'autism spectrum disorder', 'adhd', 'celiac disease', "crohn's disease", 'ulcerative colitis', 'psoriasis',
  'hypothyroidism', 'hyperthyroidism', 'anemia', 'anaemia', 'sickle cell disease', 'cystic fibrosis', 'covid-19', 'long covid',
  'substance use disorder', 'alcohol use disorder', 'opioid use disorder', 'pregnant', 'pregnancy',
  'congestive heart failure', 'heart disease', 'chronic pain', 'fibromyalgia', 'lupus', 'dyslexia', 'concussion',
  'traumatic brain injury', 'sleep apnea', 'sleep apnoea', 'glaucoma', 'macular degeneration', 'hearing loss', 'cerebral palsy',
  'down syndrome', 'spina bifida', 'muscular dystrophy', 'amyotrophic lateral sclerosis', 'motor neurone disease', 'motor neuron disease', 'endometriosis',
  'infertility', 'gestational diabetes', 'pneumonia', 'sepsis', 'kidney disease', 'liver cirrhosis', 'cirrhosis', 'hepatitis a',
  'gout', 'personality disorder', 'borderline personality disorder', 'insomnia', 'alcoholism', 'addiction',
];
const MEDICATIONS = [
  'metformin', 'insulin', 'insulin glargine', 'lisinopril', 'atorvastatin', 'simvastatin', 'rosuvastatin', 'amlodipine', 'losartan',
  'metoprolol', 'hydrochlorothiazide', 'levothyroxine', 'omeprazole', 'sertraline', 'fluoxetine', 'escitalopram', 'citalopram',
  'paroxetine', 'venlafaxine', 'duloxetine', 'bupropion', 'lithium', 'quetiapine', 'olanzapine', 'risperidone', 'aripiprazole',
  'methylphenidate', 'methotrexate', 'warfarin', 'apixaban', 'prednisone', 'gabapentin', 'pregabalin', 'albuterol', 'salbutamol',
  'tenofovir', 'emtricitabine', 'dolutegravir', 'adalimumab', 'tamoxifen', 'buprenorphine', 'methadone', 'naltrexone',
  'amoxicillin', 'azithromycin', 'doxycycline', 'ciprofloxacin', 'oxycodone', 'hydrocodone', 'tramadol', 'morphine', 'fentanyl',
  'alprazolam', 'lorazepam', 'diazepam', 'clonazepam', 'zolpidem', 'amphetamine', 'lamotrigine', 'levetiracetam', 'valproate',
  'clopidogrel', 'furosemide', 'spironolactone', 'semaglutide', 'empagliflozin',
];
const CJK = [
  '糖尿病', '1型糖尿病', '2型糖尿病', '高血压', '哮喘', '慢阻肺', '慢性阻塞性肺疾病', '癌症', '肺癌', '乳腺癌', '肝癌', '胃癌', '结直肠癌',
  '宫颈癌', '鼻咽癌', '白血病', '淋巴瘤', '恶性肿瘤', '肿瘤', '艾滋病', 'HIV阳性', '乙肝', '乙型肝炎', '丙肝', '丙型肝炎', '肺结核', '结核病',
  '抑郁症', '抑郁', '焦虑症', '双相情感障碍', '精神分裂症', '强迫症', '癫痫', '阿尔茨海默病', '老年痴呆', '帕金森病', '冠心病', '心脏病',
  '心力衰竭', '心肌梗死', '脑卒中', '脑梗', '中风', '肥胖症', '类风湿关节炎', '关节炎', '骨质疏松', '慢性肾病', '尿毒症', '偏头痛',
  '自闭症', '孤独症', '多动症', '甲亢', '甲减', '贫血', '怀孕', '妊娠', '新冠', '二甲双胍', '胰岛素', '阿托伐他汀', '氨氯地平', '舍曲林',
  '氟西汀', '碳酸锂', '华法林',
  // Conditions of Chinese discharge summaries and health-check reports.
  '心绞痛', '心律失常', '房颤', '心房颤动', '脑出血', '脑梗死', '脑梗塞', '肾衰竭', '肾功能不全', '肝硬化', '脂肪肝', '痛风', '高脂血症',
  '高尿酸血症', '慢性胃炎', '胃溃疡', '肺炎', '系统性红斑狼疮', '红斑狼疮', '银屑病', '白内障', '青光眼', '失眠症', '焦虑障碍', '酒精依赖',
  '精神病', '不孕症', '梅毒', '淋病', '尖锐湿疣', '性病', '肝炎', '骨质疏松症', '甲状腺癌', '食管癌', '胰腺癌', '前列腺癌', '卵巢癌',
  // Medicines named in the same records (generic names).
  '阿司匹林', '氯吡格雷', '瑞舒伐他汀', '辛伐他汀', '硝苯地平', '缬沙坦', '厄贝沙坦', '美托洛尔', '格列美脲', '阿卡波糖', '达格列净',
  '左甲状腺素', '优甲乐', '甲巯咪唑', '奥美拉唑', '利培酮', '奥氮平', '喹硫平', '帕罗西汀', '艾司西酞普兰', '文拉法辛', '丙戊酸钠',
  '卡马西平', '左乙拉西坦', '恩替卡韦', '替诺福韦', '甲氨蝶呤', '他莫昔芬', '美沙酮', '吗啡', '芬太尼',
  // The disability categories of the 残疾人证 (GB/T 26341).
  '肢体残疾', '视力残疾', '听力残疾', '言语残疾', '智力残疾', '精神残疾', '多重残疾', '残疾',
];
// ICD-10: a letter (U is reserved for special use), two digits, an optional dot and up to four more characters.
const ICD10 = '[A-TV-Za-tv-z][0-9]{2}(?:\\.[0-9A-Za-z]{1,4})?';

const LABELS = [
  'diagnosis', 'diagnoses', 'dx', 'condition', 'conditions', 'medical condition', 'medical history', 'chronic condition', 'disease',
  'illness', 'disability', 'icd10', 'icd-10', 'icd 10', 'icd code', 'diagnosis code', 'medication', 'medications', 'meds',
  // Clinical-note headings: past medical history, history, assessment, impression.
  'pmh', 'pmhx', 'past medical history', 'hx', 'assessment', 'impression',
  'prescription', 'rx', 'drug', 'allergy', 'allergies', 'health condition', 'health status', 'comorbidities', 'problem list',
  '诊断', '诊断结果', '诊断编码', '疾病', '病情', '病史', '既往史', '既往病史', '病名', '主诉', '用药', '药物', '处方', '健康状况', '慢性病',
  '服药', '残疾类别', '残疾类型', '残疾等级', '残疾情况',
];

/**
 * Statements of a person's status that say whose health it is without a label: `is HIV positive`, `tested
 * HIV-positive`, `is on dialysis` / `on antiretroviral therapy`.
 */
const STATEMENTS: DetectorPattern[] = [
  // A person said to be pregnant (`She is pregnant (2nd trimester)`, `is currently 20 weeks pregnant`).
  {
    name: 'statement-pregnant',
    // After `she is` / `I'm` / `is currently`: `patients who are pregnant` or `if the patient is pregnant` are rules,
    // not a person.
    regex: "(?i)(?:\\b(?:she|i)(?:[ \\t]+(?:is|was|am)|['’][sm])[ \\t]+(?:(?:currently|now|also)[ \\t]+)?|\\b(?:is|was|am)[ \\t]+(?:currently|now)[ \\t]+)((?:[0-9]{1,2}[ \\t]+(?:weeks?|months?)[ \\t]+)?pregnant)\\b",
    score: 0.6,
    group: 1,
    selfContained: true,
  },
  { name: 'statement-hiv', regex: '(?i)\\b(?:is|was|am|are|tested)[ \\t]+(hiv[ \\t-]?positive|hiv\\+)', score: 0.6, group: 1, selfContained: true },
  {
    name: 'statement-treatment',
    // Lower-case treatments only: `on Dialysis Street` is an address.
    regex: '\\b(?i:is|was|am|are|been|remains)[ \\t]+(?:currently[ \\t]+|now[ \\t]+|still[ \\t]+)?on[ \\t]+(antiretroviral[ \\t]+therapy|chemotherapy|dialysis|methadone|insulin)\\b',
    score: 0.6,
    group: 1,
    selfContained: true,
  },
];

export default defineDetector({
  id: 'health.condition',
  name: 'Health condition',
  category: 'health',
  sensitivity: 'restricted',
  description: 'Diagnoses, conditions, ICD-10 codes and medications as labelled values, in a diagnosis column, after case-note verbs or stated of a person (is HIV positive, on dialysis; en + zh).',
  patterns: [
    ...lexiconPatterns(
      {
        latin: [...CONDITIONS, ...MEDICATIONS],
        rawValues: [ICD10],
        cjk: CJK,
        labels: LABELS,
        phrases: [
          'diagnosed with', 'suffers from', 'suffering from', 'history of', 'treated for', 'prescribed', 'taking', 'admitted with',
          'admitted for', 'presented with', 'presents with', 'presenting with', 'tested positive for', 'living with', 'recovering from',
          // Case-note shorthand for `history of`.
          'hx of', 'h/o',
          // Plain possession (`Patient has asthma`, `患者有高血压`) only counts beside a clinical word: context is required.
          'has', 'had', 'has had',
          '患有', '确诊为', '确诊', '诊断为', '既往有', '既往', '患', '有',
          // Treatment and findings as case notes and health checks write them (`给予阿托伐他汀`, `提示糖尿病`).
          '给予', '服用', '口服', '提示',
        ],
        cjkOpenEnd: true,
        latinQualifiers: 3,
        latinTrailing: true,
        lists: true,
      },
      0.4,
    ),
    ...STATEMENTS,
  ],
  keywords: [
    'diagnos', 'dx', 'condition', 'medical', 'disease', 'illness', 'disability', 'icd', 'medication', 'meds', 'prescri', 'rx', 'drug',
    'allerg', 'health', 'comorbid', 'problem list', 'suffer', 'history of', 'treated for', 'taking', 'admitted', 'presented with',
    'presents with', 'presenting with', 'tested positive', 'living with', 'recovering from', 'patient', 'hx', 'h/o', 'pmh',
    'assessment', 'impression',
    '诊断', '患者', '病人', '疾病', '病情', '病史', '既往', '病名', '主诉', '用药', '药物', '处方', '健康', '慢性病', '患有', '确诊',
    '给予', '服用', '口服', '服药', '提示', '就诊', '随诊', '复查', '医嘱', '入院', '出院', '诊疗经过', '治疗经过', '残疾',
  ],
  context: {
    // The clinical verbs of a case note count like a label (`presented with …`); `admitted` does not: people
    // admit things with regret, so `admitted with …` needs another word such as `patient` on its line.
    // A clinic's words on a health-check or discharge line (`建议内分泌科就诊`, `请心内科随诊`, `出院医嘱`) say it is about a
    // patient; 门诊 or 体检 alone name a department (`医院有糖尿病门诊`).
    words: labelWords([
      ...LABELS, 'diagnosed', 'patient', 'icd', 'medical', 'prescribed', 'presented with', 'presents with', 'presenting with', 'tested positive',
      '患者', '病人', '确诊', '患有', '服用', '口服', '就诊', '随诊', '复查', '医嘱', '入院', '出院', '诊疗经过', '治疗经过',
    ]),
    negative: ['awareness', 'campaign', 'research', 'statistics', 'prevalence', 'guideline', '宣传', '科普', '研究'],
  },
  requireContext: true,
  columnHints: [
    'diagnosis', 'diagnoses', 'diagnosis code', 'dx', 'dx code', 'icd10', 'icd 10', 'icd code', 'condition', 'medical condition',
    'medical history', 'chronic condition', 'health condition', 'disease', 'illness', 'medication', 'medications', 'prescription',
    'allergies', 'comorbidities', '诊断', '诊断结果', '诊断编码', '疾病', '疾病名称', '病情', '病史', '既往史', '病名', '用药', '药物', '处方',
    '慢性病',
  ],
  columnHintExcludes: [
    'condition id', 'condition type', 'condition code type', 'weather condition', 'road condition', 'item condition', 'product condition',
    'condition status', 'payment condition', 'terms and conditions', 'search condition', 'query condition', 'where condition', '查询条件',
    'drug id', 'prescription id', 'prescription date', 'diagnosis date', '诊断日期', '处方日期', '处方号',
  ],
  normalize: (raw: string) => normalizeLexiconValue(raw, true),
  special: true,
  legal: ['gdpr:art9-1', 'gdpr:art4-15', 'ccpa:1798.140-ae-2-b', 'ccpa:1798.81.5-d-1-a-iv', 'pipl:art28'],
  examples: {
    match: [
      { text: 'Patient was diagnosed with ADHD and dyslexia.', value: 'ADHD', note: 'the first of two items joined by and' },
      { text: 'Patient was diagnosed with asthma, hypertension and type 2 diabetes.', value: 'hypertension', note: 'the second item of a list after the phrase' },
      { text: 'Patient was diagnosed with asthma, hypertension and type 2 diabetes.', value: 'type 2 diabetes', note: 'the third item' },
      { text: '患者既往有高血压、糖尿病病史。', value: '糖尿病', note: 'a list after 既往有' },
      { text: 'Diagnosis: type 2 diabetes', value: 'type 2 diabetes' },
      { text: 'ICD-10: E11.9', value: 'E11.9' },
      { text: 'Patient was diagnosed with bipolar disorder in 2019.', value: 'bipolar disorder' },
      { text: 'Medication: metformin 500 mg twice daily', value: 'metformin' },
      { text: '诊断：原发性高血压', value: '高血压' },
      { text: '既往史：患有2型糖尿病十年', value: '2型糖尿病' },
      { text: '{"diagnosis": "Severe persistent asthma"}', value: 'asthma' },
      { text: 'The patient was admitted with acute myocardial infarction on 3 May.', value: 'myocardial infarction', note: 'a case note verb' },
      { text: 'A 62 y/o female presented with chest pain and atrial fibrillation.', value: 'atrial fibrillation' },
      { text: 'She tested positive for hepatitis C last year.', value: 'hepatitis C' },
      { text: 'The patient, a 34-year-old woman, is HIV positive and on antiretroviral therapy.', value: 'HIV positive' },
      { text: 'Mr Okafor has been on dialysis since March.', value: 'dialysis' },
      { text: 'Allergies: penicillin. Conditions: asthma; anxiety disorder.', value: 'anxiety disorder', note: 'a list split by semicolons' },
      { text: 'Injuries: claimant reports whiplash and a concussion. She is pregnant (2nd trimester).', value: 'pregnant', note: 'a person said to be pregnant' },
      { text: 'The claimant is currently 20 weeks pregnant.', value: '20 weeks pregnant' },
      { text: 'IEP: yes — diagnosed with ADHD and dyslexia; extended time.', value: 'dyslexia' },
      { text: 'S: 34 yo F, productive cough. Hx of asthma (on albuterol PRN).', value: 'asthma', note: 'case-note shorthand for history of' },
      { text: 'PMH: hypertension, type 2 diabetes', value: 'hypertension' },
      { text: 'Assessment: community-acquired pneumonia', value: 'pneumonia' },
      { text: 'Plan: amoxicillin 1 g TID x 5 days. Medications: amoxicillin', value: 'amoxicillin' },
      { text: 'Patient has type 2 diabetes and takes metformin daily.', value: 'type 2 diabetes', note: 'has, beside patient' },
      { text: '患者有高血压，需定期复查。', value: '高血压', note: '有, beside 患者' },
      { text: '入院诊断：1. 冠心病 不稳定型心绞痛  2. 高血压3级（很高危）  3. 2型糖尿病', value: '冠心病', note: 'numbered items after the label' },
      { text: '入院诊断：1. 冠心病 不稳定型心绞痛  2. 高血压3级（很高危）  3. 2型糖尿病', value: '2型糖尿病', note: 'the third numbered item' },
      { text: '既往史：高血压病史10年，糖尿病病史6年，否认肝炎等传染病史。', value: '糖尿病', note: 'the second item, after the first one\'s detail' },
      { text: '入院后行PCI术，术后给予阿司匹林、氯吡格雷双联抗血小板，阿托伐他汀调脂治疗。', value: '阿司匹林', note: 'a medicine given' },
      { text: '2. 空腹血糖 7.8 mmol/L ↑，糖化血红蛋白 7.1%，提示糖尿病，建议内分泌科就诊；', value: '糖尿病', note: 'a health-check finding' },
      { text: '1. 血压偏高（152/96mmHg），既往高血压病史，请心内科随诊；', value: '高血压' },
      { text: '出院医嘱：按时服药：二甲双胍 0.5g tid', value: '二甲双胍' },
      { text: '出院诊断：冠心病、高血压、2型糖尿病、痛风', value: '痛风', note: 'the fourth item of a list' },
      { text: '残疾类别：肢体残疾 二级', value: '肢体残疾', note: 'a disability category' },
    ],
    noMatch: [
      { text: 'type 2 diabetes', note: 'no label' },
      { text: 'E11.9', note: 'an ICD-10 shape without context' },
      { text: 'Version E11.9 of the firmware is out.' },
      { text: 'Metformin is a first-line drug for diabetes, says the guideline.', note: 'prose about a drug, no labelled value' },
      { text: '糖尿病是一种常见的慢性疾病。', note: 'prose with no label' },
      { text: 'Condition: new, boxed, never used' },
      { text: 'The hospital admitted with regret that the stroke unit was closed.', note: 'admitted is not a case-note verb here' },
      { text: 'Living with diabetes: an awareness campaign for World Diabetes Day.', note: 'awareness is negative context' },
      { text: 'The new HIV positive-predictive test is on trial.', note: 'no one is said to be positive' },
      { text: 'The clinic is on Dialysis Street.', note: 'a street name' },
      { text: 'The city has cancer research centres and a new hospital.', note: 'has without a clinical word' },
      { text: '这家医院有糖尿病门诊。', note: '有 without a clinical word' },
      { text: '系统提示：请先登录后再查看肺炎防治指南。', note: '提示 without a clinical word on the line' },
      { text: '公司给予员工高温补贴，发放标准见附件。', note: '给予 without a condition or medicine' },
      { text: '本市残疾人联合会地址变更公告', note: '残疾 in a name, no label' },
      { text: 'Women who are pregnant should consult a doctor before travel.', note: 'a rule about pregnancy, not a person' },
      { text: 'If the patient is pregnant, do not administer.', note: 'a conditional in a protocol' },
      { text: 'The pregnant pause in the meeting was awkward.', note: 'an adjective, no one is said to be pregnant' },
      { text: 'Risk assessment: low. Impression: positive feedback from the client.', note: 'non-clinical headings without a condition' },
    ],
  },
});
