import type { Fact } from './manufacturing-kit.js';

/**
 * Knowledge questions for the energy multiple-choice suite, written for pingce: stable
 * facts about power systems, storage, renewables and energy units. Market shares,
 * prices and installed totals that change every year are deliberately left out.
 */
export const ENERGY_FACTS: readonly Fact[] = [
  // Power grids
  { category: 'power-grid', question: '我国交流电力系统的额定频率是', answer: '50 Hz', distractors: ['60 Hz', '100 Hz', '400 Hz'], rationale: '我国电力系统额定频率为 50 Hz；60 Hz 用于北美等地区，400 Hz 多见于航空电源。', source: 'standard: GB/T 15945 电能质量 电力系统频率偏差' },
  { category: 'power-grid', question: '我国低压三相四线制配电系统的标准电压（相电压/线电压）是', answer: '220 V / 380 V', distractors: ['110 V / 220 V', '127 V / 220 V', '240 V / 415 V'], rationale: '我国低压配电标称电压为 220/380 V。', source: 'standard: GB/T 156 标准电压' },
  { category: 'power-grid', question: '在我国电网中，交流“特高压”一般指的电压等级是', answer: '1000 kV 及以上', distractors: ['500 kV', '750 kV', '220 kV 及以上'], rationale: '交流 1000 kV 及以上、直流 ±800 kV 及以上称为特高压；500 kV、750 kV 属超高压。', source: 'textbook: 电力系统分析 — 电压等级' },
  { category: 'power-grid', question: '对继电保护装置的四项基本要求（“四性”）是', answer: '选择性、速动性、灵敏性、可靠性', distractors: ['安全性、经济性、灵活性、可靠性', '选择性、经济性、灵敏性、稳定性', '快速性、准确性、稳定性、经济性'], rationale: '继电保护的基本要求是选择性、速动性、灵敏性和可靠性。', source: 'textbook: 电力系统继电保护原理' },
  { category: 'power-grid', question: '电力系统安全分析中的“N-1 准则”是指', answer: '任一元件（如一回线路或一台变压器）故障退出后，系统仍能稳定运行并正常供电', distractors: ['系统中至少要保留 1 台备用发电机组', '每 N 年必须对全部设备进行 1 次停电检修', '一个电网只允许设置 1 个调度中心'], rationale: 'N-1 准则要求 N 个元件中任意 1 个退出运行后，系统不失稳、不过载、不损失负荷。', source: 'standard: GB 38755 电力系统安全稳定导则' },
  { category: 'power-grid', question: '变压器的空载损耗主要是', answer: '铁损（铁芯中的磁滞损耗和涡流损耗）', distractors: ['铜损（绕组电阻损耗）', '机械摩擦损耗', '绝缘介质的电晕损耗'], rationale: '空载时绕组电流很小，损耗主要是铁芯的磁滞和涡流损耗；负载损耗主要是铜损。', source: 'textbook: 电机学 — 变压器' },
  { category: 'power-grid', question: '无功功率的单位是', answer: 'var（乏）', distractors: ['W（瓦）', 'VA（伏安）', 'J（焦）'], rationale: '有功功率单位 W，视在功率单位 VA，无功功率单位 var。', source: 'textbook: 电路原理 — 正弦稳态功率' },
  { category: 'power-grid', question: '三相对称电源星形（Y）联结时，线电压与相电压的关系是', answer: '线电压是相电压的 √3 倍', distractors: ['线电压等于相电压', '线电压是相电压的 3 倍', '相电压是线电压的 √3 倍'], rationale: 'Y 联结时 U_L = √3·U_P，线电压超前对应相电压 30°。', source: 'textbook: 电路原理 — 三相电路' },
  { category: 'power-grid', question: '电网无功补偿中常说的 SVG 是指', answer: '静止无功发生器', distractors: ['同步调相机', '并联电容器组', '串联电抗器'], rationale: 'SVG（static var generator）基于电压源型变流器，可快速连续调节无功。', source: 'textbook: 电力电子技术在电力系统中的应用' },
  { category: 'power-grid', question: '电力系统中自动发电控制（AGC）的主要作用是', answer: '调整发电机组出力，维持系统频率和联络线交换功率', distractors: ['自动调节变压器分接头以稳定电压', '自动切除故障线路', '自动统计发电量用于电费结算'], rationale: 'AGC 属二次调频，按区域控制偏差调整机组出力。', source: 'textbook: 电力系统自动化' },
  // Energy storage
  { category: 'energy-storage', question: '抽水蓄能电站在电网负荷低谷时的运行方式是', answer: '用电将下水库的水抽到上水库，把电能转化为水的势能储存', distractors: ['放水发电，向电网送出电能', '停机检修，不与电网交换功率', '作为调相机只发出无功功率'], rationale: '抽水蓄能低谷抽水储能、高峰放水发电，起削峰填谷作用。', source: 'textbook: 水电站与抽水蓄能' },
  { category: 'energy-storage', question: '电化学储能电站中的 PCS 是指', answer: '储能变流器（功率转换系统）', distractors: ['电池管理系统', '能量管理系统', '消防报警系统'], rationale: 'PCS（power conversion system）完成交直流变换与充放电控制；BMS 为电池管理系统，EMS 为能量管理系统。', source: 'textbook: 储能系统集成' },
  { category: 'energy-storage', question: '储能系统中的 EMS 是指', answer: '能量管理系统', distractors: ['电池管理系统', '储能变流器', '环境监测系统'], rationale: 'EMS（energy management system）负责站级调度与充放电策略。', source: 'textbook: 储能系统集成' },
  { category: 'energy-storage', question: '电池放电深度（DOD）为 80% 表示', answer: '已放出额定容量的 80%', distractors: ['还剩余额定容量的 80%', '电池循环寿命衰减到 80%', '电池往返效率为 80%'], rationale: 'DOD = 已放出容量 / 额定容量；此时 SOC 约为 20%。', source: 'textbook: 电池管理系统原理' },
  { category: 'energy-storage', question: '一套标称 100 MW / 200 MWh 的储能系统，常被称为“2 h 系统”，含义是', answer: '以额定功率可持续放电约 2 小时', distractors: ['每天只允许运行 2 小时', '从指令下达到满功率响应需要 2 小时', '电池的设计循环寿命为 2 万小时'], rationale: '时长 = 额定容量 / 额定功率 = 200 MWh / 100 MW = 2 h。', source: 'textbook: 储能系统集成' },
  { category: 'energy-storage', question: '飞轮储能装置储存能量的形式是', answer: '转子的旋转动能', distractors: ['化学能', '电场能', '压缩空气的内能'], rationale: '飞轮储能 E = ½Jω²，以高速旋转转子的动能储能。', source: 'textbook: 物理储能技术' },
  { category: 'energy-storage', question: '与锂离子电池相比，超级电容器的主要特点是', answer: '功率密度高、循环寿命长，但能量密度低', distractors: ['能量密度远高于锂离子电池', '自放电率极低，适合长期储能', '功率密度低，只适合长时间小电流放电'], rationale: '双电层电容器充放电快、寿命长，但能量密度远低于锂电池，自放电较大。', source: 'textbook: 电化学储能技术' },
  // Renewables
  { category: 'renewables', question: '光伏组件标称功率所依据的标准测试条件（STC）是', answer: '辐照度 1000 W/m²、电池温度 25 °C、大气质量 AM1.5', distractors: ['辐照度 800 W/m²、环境温度 20 °C、风速 1 m/s', '辐照度 1000 W/m²、电池温度 45 °C、大气质量 AM1.0', '辐照度 1367 W/m²、电池温度 25 °C、大气质量 AM0'], rationale: 'STC 为 1000 W/m²、25 °C、AM1.5 光谱；800 W/m²/20 °C/1 m/s 是 NOCT 条件，1367 W/m² 为太阳常数。', source: 'standard: IEC 60904-3 / IEC 61215 光伏器件测试条件' },
  { category: 'renewables', question: '风力机从风中捕获能量的理论上限（贝兹极限）约为', answer: '59.3%', distractors: ['45%', '80%', '100%'], rationale: '贝兹极限 Cp,max = 16/27 ≈ 59.3%。', source: 'textbook: 风力发电原理' },
  { category: 'renewables', question: '在其他条件不变时，风力机可获得的功率与风速的关系是', answer: '与风速的三次方成正比', distractors: ['与风速成正比', '与风速的平方成正比', '与风速的四次方成正比'], rationale: 'P = ½ρAv³Cp，功率与风速三次方成正比。', source: 'textbook: 风力发电原理' },
  { category: 'renewables', question: '光伏逆变器中 MPPT 的含义是', answer: '最大功率点跟踪', distractors: ['多端口功率传输', '最大电流保护', '主变压器保护'], rationale: 'MPPT（maximum power point tracking）使光伏阵列工作在最大功率点。', source: 'textbook: 光伏发电系统' },
  { category: 'renewables', question: '晶体硅光伏电池的工作温度升高时，通常会出现', answer: '开路电压下降，输出功率下降', distractors: ['开路电压上升，输出功率上升', '短路电流大幅下降，开路电压不变', '输出功率不受温度影响'], rationale: '晶硅电池开路电压温度系数为负，功率温度系数约 −0.3%～−0.45%/°C。', source: 'textbook: 太阳能电池原理' },
  { category: 'renewables', question: '三峡水电站的总装机容量为', answer: '2250 万千瓦', distractors: ['1600 万千瓦', '1000 万千瓦', '3000 万千瓦'], rationale: '三峡电站装有 32 台 70 万千瓦机组和 2 台 5 万千瓦电源机组，共 2250 万千瓦。', source: 'official: 中国长江三峡集团公开资料' },
  { category: 'renewables', question: '光伏电站设计中的“容配比”是指', answer: '组件直流侧装机容量与逆变器交流侧额定容量之比', distractors: ['配套储能容量与光伏装机容量之比', '实际发电量与理论发电量之比', '组件总面积与场区占地面积之比'], rationale: '容配比 = 直流装机 / 交流额定容量；实际与理论发电量之比是系统效率 PR。', source: 'textbook: 光伏电站设计' },
  // Energy units and policy
  { category: 'energy-units', question: '1 kW·h（千瓦时）的能量等于', answer: '3.6 MJ', distractors: ['3.6 kJ', '1 MJ', '860 MJ'], rationale: '1 kW·h = 1000 W × 3600 s = 3.6 × 10⁶ J；约合 860 kcal。', source: 'textbook: 物理 — 能量单位' },
  { category: 'energy-units', question: '我国能源统计中，1 kg 标准煤的低位发热量规定为', answer: '29 307 kJ（7000 kcal）', distractors: ['20 908 kJ（5000 kcal）', '41 816 kJ（10 000 kcal）', '3600 kJ（860 kcal）'], rationale: '标准煤低位发热量 29 307 kJ/kg；41 816 kJ/kg 为标准油。', source: 'standard: GB/T 2589 综合能耗计算通则' },
  { category: 'energy-units', question: '按 GB/T 2589，电力折算标准煤的当量值系数为', answer: '0.1229 kgce/(kW·h)', distractors: ['0.404 kgce/(kW·h)', '0.7143 kgce/kg', '1.4286 kgce/kg'], rationale: 'GB/T 2589-2020 附录给出电力（当量值）折标准煤系数 0.1229 kgce/(kW·h)；0.7143 与 1.4286 分别是原煤和原油的折标系数，0.404 一类数值是按发电煤耗折算的等价值，随年份变化。', source: 'standard: GB/T 2589-2020 综合能耗计算通则 附录' },
  { category: 'energy-units', question: '能源统计中，电力折标准煤的“当量值”依据的是', answer: '电能本身的热功当量（1 kW·h = 3600 kJ）', distractors: ['火电厂的平均发电煤耗', '电网的平均线损率', '用户所在地区的电价'], rationale: '当量值按电能的热功当量折算；等价值按发电煤耗折算。', source: 'standard: GB/T 2589 综合能耗计算通则' },
  { category: 'energy-units', question: '我国提出的“双碳”目标是', answer: '2030 年前实现碳达峰、2060 年前实现碳中和', distractors: ['2025 年前碳达峰、2050 年前碳中和', '2030 年前碳达峰、2050 年前碳中和', '2035 年前碳达峰、2070 年前碳中和'], rationale: '2020 年 9 月我国宣布二氧化碳排放力争于 2030 年前达到峰值，努力争取 2060 年前实现碳中和。', source: 'official: 第七十五届联合国大会一般性辩论讲话（2020）' },
  { category: 'energy-units', question: '光伏组件功率单位“Wp”中的“p”表示', answer: '峰值，即标准测试条件下的额定输出功率', distractors: ['平均值，即全年平均输出功率', '功率因数修正后的功率', '并网点计量的有功功率'], rationale: 'Wp（watt-peak）指 STC 条件下的额定功率。', source: 'textbook: 光伏发电系统' },
];
