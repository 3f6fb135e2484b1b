import type { Fact } from './manufacturing-kit.js';

/**
 * Knowledge questions for the manufacturing multiple-choice suite, written for pingce.
 * Only stable, textbook- or standard-level facts, each with why the key is right and
 * what kind of source states it.
 */
export const MANUFACTURING_FACTS: readonly Fact[] = [
  // Semiconductors
  { category: 'semiconductor', question: '深紫外光刻中使用 ArF 准分子激光光源，其波长约为', answer: '193 nm', distractors: ['248 nm', '365 nm', '13.5 nm'], rationale: 'ArF 准分子激光波长 193 nm；248 nm 为 KrF，365 nm 为汞灯 i 线，13.5 nm 为 EUV。', source: 'textbook: 半导体制造工艺 — 光刻光源' },
  { category: 'semiconductor', question: '极紫外（EUV）光刻所用光的波长约为', answer: '13.5 nm', distractors: ['193 nm', '157 nm', '248 nm'], rationale: 'EUV 光刻采用约 13.5 nm 波长的极紫外光，需用反射式光学系统。', source: 'textbook: 半导体制造工艺 — 光刻光源' },
  { category: 'semiconductor', question: '集成电路用单晶硅锭最常用的生长方法是', answer: '直拉法（Czochralski 法）', distractors: ['化学气相沉积法', '磁控溅射法', '分子束外延法'], rationale: '大直径单晶硅锭主要用直拉法从熔体中提拉生长；CVD、溅射、MBE 是薄膜制备方法。', source: 'textbook: 半导体材料 — 单晶生长' },
  { category: 'semiconductor', question: '在本征硅中掺入磷（P）后，得到的半导体类型是', answer: 'n 型半导体', distractors: ['p 型半导体', '本征半导体', '绝缘体'], rationale: '磷为五价元素，在硅中作施主杂质，提供电子，形成 n 型半导体。', source: 'textbook: 半导体物理 — 杂质与掺杂' },
  { category: 'semiconductor', question: '晶圆制造中的 CMP 工艺是指', answer: '化学机械抛光（平坦化）', distractors: ['化学气相沉积', '物理气相沉积', '反应离子刻蚀'], rationale: 'CMP 即 chemical mechanical polishing/planarization，用于全局平坦化。', source: 'textbook: 半导体制造工艺 — 平坦化' },
  { category: 'semiconductor', question: '室温（300 K）下硅的禁带宽度约为', answer: '1.12 eV', distractors: ['0.66 eV', '3.26 eV', '3.4 eV'], rationale: 'Si 约 1.12 eV；0.66 eV 为锗，3.26 eV 为 4H-SiC，3.4 eV 为 GaN。', source: 'textbook: 半导体物理 — 能带' },
  // Batteries and new energy
  { category: 'battery', question: '磷酸铁锂（LFP）电芯的标称电压通常为', answer: '3.2 V', distractors: ['3.7 V', '2.4 V', '1.2 V'], rationale: 'LFP 电芯标称约 3.2 V；3.6–3.7 V 为三元/钴酸锂，约 2.4 V 为钛酸锂，1.2 V 为镍氢。', source: 'textbook: 锂离子电池原理与技术' },
  { category: 'battery', question: '目前商用锂离子电池最常用的负极活性材料是', answer: '石墨', distractors: ['磷酸铁锂', '钴酸锂', '二氧化锰'], rationale: '石墨是主流负极材料；磷酸铁锂和钴酸锂是正极材料。', source: 'textbook: 锂离子电池原理与技术' },
  { category: 'battery', question: '锂离子电池中的 SEI 膜是指', answer: '首次充电时在负极表面形成的固体电解质界面膜', distractors: ['隔膜表面涂覆的陶瓷涂层', '电池外壳内侧的绝缘涂层', '正极浆料中添加的导电剂'], rationale: 'SEI（solid electrolyte interphase）由电解液在负极表面还原分解形成。', source: 'textbook: 锂离子电池原理与技术 — 界面' },
  { category: 'battery', question: '圆柱形锂离子电池型号“18650”表示', answer: '直径约 18 mm、长度约 65 mm', distractors: ['直径约 65 mm、长度约 18 mm', '额定容量 1865 mAh', '直径约 18.65 mm'], rationale: '18 为直径（mm），65 为长度（mm），末位 0 表示圆柱形；型号不表示容量。', source: 'industry convention: 圆柱锂离子电池型号命名' },
  { category: 'battery', question: '石墨负极（嵌锂形成 LiC₆）的理论比容量约为', answer: '372 mAh/g', distractors: ['170 mAh/g', '274 mAh/g', '3860 mAh/g'], rationale: 'LiC₆ 对应 372 mAh/g；170 为 LFP，274 为 LiCoO₂ 理论值，3860 为金属锂。', source: 'textbook: 锂离子电池原理与技术 — 负极材料' },
  { category: 'battery', question: '电池管理系统（BMS）中的 SOH 指', answer: '电池健康状态', distractors: ['荷电状态', '放电深度', '功率状态'], rationale: 'SOH = state of health；荷电状态为 SOC，放电深度为 DOD，功率状态为 SOP。', source: 'textbook: 电池管理系统原理' },
  // New materials
  { category: 'materials', question: '我国钛合金牌号 TC4 对应的名义成分是', answer: 'Ti-6Al-4V', distractors: ['Ti-5Al-2.5Sn', 'Ti-3Al-2.5V', 'Ti-6Al-2Sn-4Zr-2Mo'], rationale: 'TC4 即 Ti-6Al-4V，α+β 型钛合金；Ti-5Al-2.5Sn 为 TA7。', source: 'standard: GB/T 3620.1 钛及钛合金牌号和化学成分' },
  { category: 'materials', question: '6061 铝合金中的主要合金元素是', answer: '镁和硅', distractors: ['铜', '锌', '锰'], rationale: '6xxx 系为 Al-Mg-Si 系；2xxx 以铜、7xxx 以锌、3xxx 以锰为主要合金元素。', source: 'standard: GB/T 3190 变形铝及铝合金化学成分' },
  { category: 'materials', question: '医用血管支架、牙齿矫正丝常用的形状记忆合金是', answer: '镍钛合金', distractors: ['铝锂合金', '钨铜合金', '铁铬铝合金'], rationale: 'NiTi（镍钛诺）兼具形状记忆效应和超弹性，广泛用于医疗器械。', source: 'textbook: 功能材料 — 形状记忆合金' },
  { category: 'materials', question: '关于石墨烯结构的描述，正确的是', answer: '单层碳原子以 sp² 杂化构成的二维蜂窝状晶体', distractors: ['碳原子以 sp³ 杂化构成的三维网络', '60 个碳原子构成的球形分子', '碳原子层卷曲而成的一维管状结构'], rationale: 'sp³ 三维网络为金刚石，C₆₀ 为富勒烯，一维管为碳纳米管。', source: 'textbook: 碳材料 — 石墨烯' },
  { category: 'materials', question: '目前产量最大的高性能碳纤维以哪种聚合物纤维为原丝？', answer: '聚丙烯腈（PAN）', distractors: ['聚乙烯（PE）', '聚丙烯（PP）', '聚氯乙烯（PVC）'], rationale: 'PAN 基碳纤维占碳纤维产量的绝大部分；另有沥青基、粘胶基。', source: 'textbook: 复合材料 — 碳纤维' },
  { category: 'materials', question: '沉淀强化型镍基高温合金的主要强化相是', answer: 'γ′ 相 Ni₃(Al,Ti)', distractors: ['马氏体', '渗碳体 Fe₃C', '珠光体'], rationale: '镍基高温合金靠共格析出的 γ′ 相强化；马氏体、渗碳体、珠光体是钢中的组织或相。', source: 'textbook: 高温合金' },
  // Machinery
  { category: 'machinery', question: '我国标准渐开线圆柱齿轮基本齿条的压力角为', answer: '20°', distractors: ['14.5°', '25°', '30°'], rationale: 'GB/T 1356 规定标准基本齿条齿廓压力角 α = 20°。', source: 'standard: GB/T 1356 通用机械和重型机械用圆柱齿轮 标准基本齿条齿廓' },
  { category: 'machinery', question: '标准直齿圆柱齿轮（模数 m、齿数 z）的分度圆直径为', answer: 'd = m·z', distractors: ['d = m·(z + 2)', 'd = m·(z − 2.5)', 'd = π·m·z'], rationale: '分度圆 d = mz；m(z+2) 为齿顶圆，m(z−2.5) 为齿根圆。', source: 'textbook: 机械设计 — 齿轮几何尺寸' },
  { category: 'machinery', question: '普通粗牙螺纹 M10 的螺距为', answer: '1.5 mm', distractors: ['1.25 mm', '1.75 mm', '2 mm'], rationale: 'M10 粗牙螺距 1.5 mm；M8 为 1.25 mm，M12 为 1.75 mm，M16 为 2 mm。', source: 'standard: GB/T 193 普通螺纹 直径与螺距系列' },
  { category: 'machinery', question: '深沟球轴承 6205 的内径为', answer: '25 mm', distractors: ['5 mm', '20 mm', '52 mm'], rationale: '内径代号 04 及以上时内径 = 代号 × 5 mm，05 → 25 mm；52 mm 是其外径。', source: 'standard: GB/T 272 滚动轴承 代号方法' },
  { category: 'machinery', question: '数控编程中，准备功能代码 G02 表示', answer: '顺时针圆弧插补', distractors: ['直线插补', '逆时针圆弧插补', '快速定位'], rationale: 'G00 快速定位，G01 直线插补，G02 顺时针圆弧插补，G03 逆时针圆弧插补。', source: 'standard: ISO 6983-1 数控程序格式' },
  { category: 'machinery', question: '孔轴配合 Φ50H7/g6 属于', answer: '间隙配合', distractors: ['过盈配合', '过渡配合', '基轴制过盈配合'], rationale: '基孔制 H 孔与 g 轴：g 轴的上偏差为负，始终小于孔，形成间隙配合。', source: 'standard: GB/T 1800.1 极限与配合' },
  // Quality management
  { category: 'quality-management', question: 'FMEA 中风险优先数 RPN 的计算方法是', answer: '严重度 S × 频度 O × 探测度 D', distractors: ['严重度 S + 频度 O + 探测度 D', '严重度 S × 频度 O', '严重度 S × 探测度 D ÷ 频度 O'], rationale: '传统 FMEA 中 RPN = S × O × D。', source: 'manual: AIAG FMEA 参考手册（第 4 版）' },
  { category: 'quality-management', question: '按 1.5σ 偏移惯例，六西格玛水平对应的缺陷率约为', answer: '3.4 DPMO', distractors: ['0.002 DPMO', '233 DPMO', '6210 DPMO'], rationale: '6σ 含 1.5σ 偏移即单侧 4.5σ，约 3.4 DPMO；233 为 5σ，6210 为 4σ；0.002 为不偏移的双侧值。', source: 'textbook: 六西格玛管理' },
  { category: 'quality-management', question: '六西格玛改进方法 DMAIC 五个阶段依次是', answer: '定义、测量、分析、改进、控制', distractors: ['设计、测量、分析、实施、检查', '定义、建模、分析、实施、控制', '定义、测量、评估、改进、确认'], rationale: 'DMAIC = Define, Measure, Analyze, Improve, Control。', source: 'textbook: 六西格玛管理' },
  { category: 'quality-management', question: '按 AIAG《测量系统分析》手册的常用判据，%GRR 低于多少时测量系统通常被认为可接受？', answer: '10%', distractors: ['30%', '50%', '1%'], rationale: '%GRR < 10% 一般可接受，10%–30% 视应用可有条件接受，> 30% 不可接受。', source: 'manual: AIAG 测量系统分析（MSA）参考手册（第 4 版）' },
  { category: 'quality-management', question: '质量管理中的“因果图”又称', answer: '鱼骨图（石川图）', distractors: ['帕累托图', '直方图', '散布图'], rationale: '因果图由石川馨提出，形似鱼骨，用于分析问题的原因。', source: 'textbook: 质量管理学 — 七种工具' },
  { category: 'quality-management', question: '现场管理 5S 的五项内容依次是', answer: '整理、整顿、清扫、清洁、素养', distractors: ['整理、整顿、清扫、安全、素养', '整顿、整理、清洁、清扫、节约', '清理、整顿、清扫、检查、标准化'], rationale: '5S = 整理（Seiri）、整顿（Seiton）、清扫（Seiso）、清洁（Seiketsu）、素养（Shitsuke）。', source: 'textbook: 生产现场管理' },
];
