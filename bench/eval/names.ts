/** Synthetic names, places and organisations for the evaluation corpus (no real person is meant). */

export const FIRST = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William',
  'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Chris', 'Karen', 'Daniel', 'Lisa',
  'Matthew', 'Nancy', 'Anthony', 'Betty', 'Mark', 'Sandra', 'Steven', 'Ashley', 'Paul', 'Emily', 'Andrew', 'Donna',
  'Joshua', 'Michelle', 'Kevin', 'Carol', 'Brian', 'Amanda', 'George', 'Melissa', 'Tim', 'Deborah', 'Ronald',
  'Stephanie', 'Jason', 'Rebecca', 'Ryan', 'Laura', 'Jacob', 'Sharon', 'Gary', 'Cynthia', 'Nick', 'Kathleen',
  'Eric', 'Amy', 'Jonathan', 'Angela', 'Priya', 'Rahul', 'Aisha', 'Omar', 'Sofia', 'Lukas', 'Chloé', 'Mateo',
  'Hannah', 'Noah', 'Olivia', 'Liam', 'Emma', 'Ava', 'Mia', 'Ethan', 'Zoe', 'Yuki', 'Kenji', 'Wei', 'Mei',
  'Fatima', 'Ahmed', 'Ingrid', 'Lars', 'Sven', 'Anja', 'Pierre', 'Camille', 'Giulia', 'Marco', 'Ana', 'Diego',
];

export const LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young',
  'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker',
  'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', "O'Neill", 'McAllister', 'Patel', 'Sharma',
  'Khan', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Dubois', 'Laurent', 'Rossi', 'Bianchi', 'Tanaka', 'Sato',
  'Kim', 'Park', 'Chen', 'Wang', 'Li', 'Zhang', 'Novak', 'Kowalski', 'Jensen', 'Larsen', 'Eriksson', 'Costa',
  'Silva', 'Okafor', 'Mensah', 'Haddad', 'Cohen', 'Murphy', 'Kelly', 'Byrne', 'Fraser', 'Campbell-Hughes',
];

export const COMPANIES = [
  'Northwind Traders', 'Contoso Ltd', 'Fabrikam Inc.', 'Globex Corporation', 'Initech', 'Umbrella Health',
  'Acme Logistics', 'Blue Harbor Analytics', 'Stark Freight GmbH', 'Wayne Retail Group', 'Pinecrest Dental',
  'Riverside Property Management', 'Helios Solar BV', 'Orbit Telecom', 'Maple Leaf Insurance', 'Crescent Legal LLP',
  'Silverline Software', 'Greenfield Farms Co-op', 'Vantage Capital Partners', 'Lumen Learning Academy',
];

/** Company domains: invented brands under real TLDs, RFC 2606 example domains, and common free-mail hosts. */
export const COMPANY_DOMAINS = [
  'northwind-traders.com', 'contoso.co.uk', 'fabrikam.de', 'globex.io', 'initech.net', 'umbrella-health.org',
  'acmelogistics.com', 'blueharbor.ai', 'stark-freight.de', 'wayneretail.com', 'pinecrestdental.ca',
  'riverside-pm.com.au', 'helios-solar.nl', 'orbit-telecom.fr', 'mapleleaf-ins.ca', 'crescentlegal.co.uk',
  'silverline.dev', 'greenfield.coop', 'vantagecap.com', 'lumen.edu', 'example.com', 'example.org', 'example.net',
];

export const SUBDOMAINS = ['mail', 'eng', 'support', 'hr', 'billing', 'corp', 'us', 'uk', 'students', 'alumni', 'dept.cs'];

export const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'aol.com', 'gmx.de', 'web.de', 'yahoo.fr', 'fastmail.fm'];

export const CN_FREEMAIL = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'aliyun.com', 'sohu.com', 'yeah.net'];

export const CITIES = [
  'Springfield', 'Portland', 'Austin', 'Denver', 'Leeds', 'Manchester', 'Bristol', 'Toronto', 'Vancouver', 'Sydney',
  'Melbourne', 'Dublin', 'Berlin', 'Munich', 'Lyon', 'Amsterdam', 'Madrid', 'Milan', 'Osaka', 'Singapore', 'Chicago',
  'Seattle', 'Boston', 'Atlanta', 'Phoenix', 'San Diego', 'Glasgow', 'Cardiff', 'Auckland', 'Calgary',
];

export const STREETS = ['Main St', 'Oak Avenue', 'Maple Drive', 'Elm Street', 'High Street', 'Station Road', 'Church Lane', 'Park Road', 'Cedar Ct', 'Lakeview Blvd', 'Victoria Road', 'Mill Lane'];

export const US_STATES = ['CA', 'NY', 'TX', 'WA', 'IL', 'MA', 'CO', 'GA', 'FL', 'OR', 'AZ', 'NC', 'MN', 'VA'];

export const PRODUCTS = [
  'wireless mouse', 'USB-C hub', 'standing desk', 'noise-cancelling headphones', 'ergonomic chair', '27" monitor',
  'laptop sleeve', 'coffee grinder', 'yoga mat', 'water filter', 'office chair mat', 'label printer', 'router',
  'annual support plan', 'premium subscription', 'replacement battery', 'webcam', 'mechanical keyboard',
];

export const ZH_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹'];
export const ZH_GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '子涵', '浩然', '欣怡', '梓萱', '宇轩', '雨桐', '思远', '晓东'];
export const ZH_PINYIN_SURNAMES = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo'];
export const ZH_PINYIN_GIVEN = ['wei', 'fang', 'na', 'xiuying', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming', 'chao', 'xiaodong', 'haoran', 'zihan', 'siyuan'];
export const ZH_CITIES = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '重庆', '天津', '苏州', '长沙', '郑州', '青岛', '厦门'];
export const ZH_DISTRICTS = ['朝阳区', '海淀区', '浦东新区', '徐汇区', '天河区', '南山区', '福田区', '西湖区', '武侯区', '江汉区', '鼓楼区', '雁塔区'];
export const ZH_COMPANIES = ['华信科技有限公司', '鼎盛贸易有限公司', '蓝海物流有限公司', '恒达建设集团', '星辰网络科技有限公司', '金禾食品有限公司', '瑞丰医疗器械有限公司', '云帆教育咨询有限公司'];
export const ZH_PRODUCTS = ['无线耳机', '空气炸锅', '扫地机器人', '电动牙刷', '保温杯', '羽绒服', '运动鞋', '蓝牙音箱', '充电宝', '机械键盘', '净水器', '儿童座椅'];
