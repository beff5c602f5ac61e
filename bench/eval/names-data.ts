/**
 * Vocabulary of the free-text name and address evaluation (`npm run eval:names`). Invented combinations; no
 * real person is meant. Two disjoint splits: `tune` (what the recognisers were developed against) and
 * `holdout` (different names, organisations and places, never used for tuning). Hard negatives are the
 * point: organisations, places, brands, capitalised phrases, and Chinese words that begin with a surname.
 */

export interface Vocab {
  first: readonly string[];
  last: readonly string[];
  titles: readonly string[];
  orgs: readonly string[];
  places: readonly string[];
  brands: readonly string[];
  phrases: readonly string[];
  streets: readonly string[];
  towns: readonly string[];
  jobs: readonly string[];
  zhSurnames: readonly string[];
  zhGiven: readonly string[];
  zhOrgs: readonly string[];
  zhPlaces: readonly string[];
  zhWords: readonly string[];
  zhRoads: readonly string[];
  zhHandles: readonly string[];
  zhJobs: readonly string[];
}

export const TUNE: Vocab = {
  first: [
    'James', 'Maria', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Emily', 'Daniel', 'Laura', 'Carlos', 'Lucia',
    'Javier', 'Sofia', 'Rajesh', 'Priya', 'Arjun', 'Ananya', 'Chinedu', 'Ngozi', 'Kwame', 'Amara', 'Wei', 'Xiaoming',
    'Mei', 'Jun', 'Hiroshi', 'Yuki', 'Ahmed', 'Fatima', 'Omar', 'Leila', 'Olga', 'Dmitri', 'Anna', 'Thomas', 'Grace',
    'Kevin', 'Rachel', 'Jessica', 'Brian', 'Angela', 'Diego', 'Valentina', 'Sipho', 'Thandiwe', 'Nikhil', 'Deepa',
  ],
  last: [
    'Smith', 'Johnson', 'Garcia', 'Martinez', 'Brown', 'Williams', 'Lopez', 'Hernandez', 'Patel', 'Sharma', 'Gupta',
    'Okafor', 'Mensah', 'Adeyemi', 'Wang', 'Zhang', 'Liu', 'Chen', 'Tanaka', 'Suzuki', 'Hassan', 'Khalil', 'Ivanova',
    'Petrov', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thompson', 'Moore', 'Reyes', 'Morales', 'Nguyen',
    'Kim', 'Dlamini', 'Nkosi', 'Iyer', 'Reddy', "O'Brien", 'McCarthy', 'Fischer', 'Rossi', 'Novak',
  ],
  titles: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Senator', 'Prof.', 'President', 'Governor', 'Mayor', 'Judge'],
  orgs: [
    'Goldman Sachs', 'Microsoft', 'Tesla Inc.', 'Stanford University', 'the Red Cross', 'Acme Holdings Ltd',
    'the World Bank', 'General Motors', 'Deutsche Bank', 'Amazon', 'the Federal Reserve', 'Harvard Medical School',
    'Northwind Traders Corp', 'the United Nations', 'Toyota Motor Corporation', 'Barclays', 'Pfizer',
    'the European Commission', 'Riverside Hospital', 'Blue Harbor Capital',
  ],
  places: [
    'New York', 'London', 'Paris', 'Lagos', 'Mumbai', 'Beijing', 'Mexico City', 'Texas', 'California', 'Nairobi',
    'Berlin', 'Tokyo', 'Chicago', 'Sydney', 'Toronto', 'Brazil', 'South Africa', 'Ohio', 'Madrid', 'Seoul',
  ],
  brands: ['iPhone', 'Galaxy S24', 'Model Y', 'PlayStation', 'Windows', 'Coca-Cola', 'Big Mac', 'Kindle', 'Prius', 'ChatGPT'],
  phrases: [
    'the Supreme Court', 'the White House', 'Black Friday', 'the World Cup', 'Wall Street', 'Silicon Valley',
    'the Prime Minister', 'Congress', 'the Olympic Games', 'Labor Day', 'the Cold War', 'the Middle East',
  ],
  streets: ['Main Street', 'Oak Avenue', 'Elm St', 'Maple Drive', 'Sunset Blvd', 'Baker Street', 'Park Road', 'Cedar Lane', 'Washington Ave', 'High Street'],
  towns: ['Springfield, IL 62704', 'Austin, TX 78701', 'Portland, OR 97205', 'London NW1 6XE', 'Leeds LS1 4DY', 'Toronto, ON M5V 2T6', 'Denver, CO 80202', 'Boston'],
  jobs: ['teacher', 'nurse', 'software engineer', 'retired firefighter', 'student', 'bus driver', 'lawyer', 'farmer'],
  zhSurnames: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗', '欧阳', '司马'],
  zhGiven: ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '晓明', '志强', '海燕', '丹', '鹏', '浩然', '子涵', '欣怡', '雨桐', '思远', '嘉怡', '俊杰', '建华', '桂兰', '明辉', '玉兰'],
  zhOrgs: ['阿里巴巴集团', '中国银行', '北京大学', '华为公司', '协和医院', '国家统计局', '腾讯公司', '清华大学', '招商银行', '中国移动'],
  zhPlaces: ['上海', '北京', '杭州', '深圳', '广州', '成都', '武汉', '南京', '西安', '重庆'],
  zhWords: ['高兴', '王国', '周末', '林业', '黄金', '马上', '安全', '管理', '方法', '文化', '明天', '金融', '程序', '司机', '常常', '包括', '成功', '时间', '石油', '关于', '于是', '连续', '花园', '雷达', '江河', '白色', '张开', '许多', '曾经', '万一'],
  zhRoads: ['中山路', '人民路', '解放路', '建设路', '和平街', '长江路', '胜利大街', '南京东路'],
  zhHandles: ['小猪佩奇', '吃货小王', '王者荣耀', '李子柒粉丝团', '张家界旅游', '周末去哪儿', '林间小鹿', '陈年老酒'],
  zhJobs: ['教师', '护士', '工程师', '大学生', '出租车司机', '律师', '农民', '退休工人'],
};

export const HOLDOUT: Vocab = {
  first: [
    'Patricia', 'Jennifer', 'William', 'Elizabeth', 'Joseph', 'Susan', 'Charles', 'Karen', 'Miguel', 'Isabel',
    'Alejandro', 'Camila', 'Vikram', 'Sunita', 'Rohan', 'Kavya', 'Emeka', 'Chiamaka', 'Kofi', 'Abena', 'Li', 'Hong',
    'Zhiwei', 'Yan', 'Takeshi', 'Aiko', 'Youssef', 'Amina', 'Tariq', 'Samira', 'Natasha', 'Sergei', 'Ingrid',
    'Matthew', 'Hannah', 'Oliver', 'Chloe', 'Samuel', 'Rebecca', 'Mateo', 'Lucas', 'Zanele', 'Bongani', 'Aditya',
  ],
  last: [
    'Jones', 'Rodriguez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Kumar', 'Singh', 'Mehta', 'Nwosu', 'Okonkwo',
    'Boateng', 'Asante', 'Huang', 'Zhou', 'Xu', 'Yamamoto', 'Nakamura', 'Haddad', 'Mansour', 'Volkova', 'Smirnov',
    'Clark', 'Lewis', 'Walker', 'Young', 'King', 'Wright', 'Scott', 'Torres', 'Flores', 'Tran', 'Park', 'Khumalo',
    'Ndlovu', 'Banerjee', 'Chatterjee', 'Gallagher', 'Schneider', 'Bianchi', 'Kowalski', 'Lindqvist',
  ],
  titles: ['Mr', 'Ms', 'Dr', 'Rep.', 'Coach', 'Detective', 'Professor', 'Chancellor', 'Minister', 'Sir'],
  orgs: [
    'JPMorgan Chase', 'Apple', 'Meta Platforms Inc.', 'Oxford University', 'Doctors Without Borders', 'Siemens AG',
    'the International Monetary Fund', 'Ford Motor Company', 'HSBC', 'Netflix', 'the Bank of England',
    'Johns Hopkins Hospital', 'Contoso Logistics LLC', 'NATO', 'Samsung Electronics', 'Unilever', 'Moderna',
    'the African Union', 'Mercy General Hospital', 'Granite Peak Partners',
  ],
  places: [
    'Los Angeles', 'Manchester', 'Lyon', 'Accra', 'Delhi', 'Shanghai', 'Buenos Aires', 'Florida', 'Arizona',
    'Kampala', 'Munich', 'Osaka', 'Houston', 'Melbourne', 'Vancouver', 'Argentina', 'Kenya', 'Georgia', 'Lisbon', 'Hanoi',
  ],
  brands: ['MacBook', 'Pixel 8', 'Cybertruck', 'Xbox', 'Android', 'Pepsi', 'Whopper', 'Echo Dot', 'Corolla', 'Gemini'],
  phrases: [
    'the High Court', 'Downing Street', 'Cyber Monday', 'the Super Bowl', 'Main Street', 'the Gold Coast',
    'the Foreign Secretary', 'Parliament', 'the Winter Olympics', 'Memorial Day', 'the Great Depression', 'the Far East',
  ],
  streets: ['Church Road', 'Pine Street', 'Lakeview Dr', 'Broadway', 'Victoria Road', 'Mill Lane', 'Jefferson Ave', 'Queen Street', 'Harbor Blvd', 'King St'],
  towns: ['Columbus, OH 43215', 'Seattle, WA 98101', 'Miami, FL 33101', 'Bristol BS1 5TR', 'Glasgow G1 1XQ', 'Ottawa, ON K1P 5G4', 'Phoenix, AZ 85004', 'Cardiff'],
  jobs: ['pharmacist', 'carpenter', 'data analyst', 'taxi driver', 'chef', 'pilot', 'accountant', 'librarian'],
  zhSurnames: ['郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '萧', '田', '董', '潘', '袁', '蔡', '蒋', '诸葛', '上官', '慕容'],
  zhGiven: ['春梅', '玉珍', '国庆', '德胜', '红梅', '振华', '凤英', '立新', '建军', '晨曦', '语嫣', '子墨', '若汐', '沐辰', '书瑶', '诗涵', '梦琪', '博文', '天佑', '慧敏', '佳琪', '永刚', '毅', '勇', '洁', '琳'],
  zhOrgs: ['京东集团', '工商银行', '复旦大学', '小米公司', '华山医院', '中国科学院', '百度公司', '浙江大学', '建设银行', '中国电信'],
  zhPlaces: ['天津', '苏州', '长沙', '青岛', '厦门', '昆明', '郑州', '沈阳', '合肥', '福州'],
  zhWords: ['周到', '林立', '高速', '黄色', '马路', '方便', '文件', '金额', '程度', '司法', '常见', '成本', '时代', '石头', '关心', '连接', '向来', '花钱', '云端', '毛衣', '钱包', '孔雀', '秦朝', '宋体', '陆续', '华丽', '龙头', '沈阳', '江苏', '常规'],
  zhRoads: ['延安西路', '朝阳路', '青年路', '学府街', '滨江大道', '北京西路', '光明巷', '振兴路'],
  zhHandles: ['旅行的猫', '王牌厨师', '小张爱吃肉', '陈皮糖', '林深见鹿', '高冷的喵', '周杰伦歌迷会', '刘海儿'],
  zhJobs: ['医生', '快递员', '设计师', '研究生', '公交司机', '会计', '厨师', '记者'],
};
