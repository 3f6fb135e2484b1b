import type { Fact } from './healthcare-items.js';

/**
 * Knowledge facts for healthcare-mcq, written for pingce (not taken from any question
 * bank). Each has one right answer, three wrong ones, why, and the kind of source that
 * backs it, so a reviewer can check the key without a model.
 */

const PHARM = 'textbook topic: 药理学';
const IMAGING = 'textbook topic: 医学影像学';
const EMR_RULES = 'standard: 《病历书写基本规范》（卫医政发〔2010〕11号）';
const ICD = 'standard: ICD-10 国际疾病分类';

export const HEALTHCARE_FACTS: readonly Fact[] = [
  // pharmacology
  { category: 'pharmacology', question: '口服华法林过量导致出血时，用于逆转其抗凝作用的药物是', answer: '维生素 K₁', distractors: ['鱼精蛋白', '纳洛酮', '氟马西尼'], rationale: '华法林抑制维生素 K 依赖凝血因子的合成，补充维生素 K₁ 可恢复其合成；鱼精蛋白中和肝素。', source: `${PHARM}—抗凝药` },
  { category: 'pharmacology', question: '阿片类镇痛药过量引起呼吸抑制时，首选的特异性拮抗药是', answer: '纳洛酮', distractors: ['氟马西尼', '阿托品', '新斯的明'], rationale: '纳洛酮为阿片受体竞争性拮抗剂；氟马西尼拮抗苯二氮䓬类。', source: `${PHARM}—镇痛药` },
  { category: 'pharmacology', question: '苯二氮䓬类药物过量时，可用的特异性拮抗药是', answer: '氟马西尼', distractors: ['纳洛酮', '碘解磷定', '乙酰半胱氨酸'], rationale: '氟马西尼竞争性拮抗苯二氮䓬受体结合位点。', source: `${PHARM}—镇静催眠药` },
  { category: 'pharmacology', question: '对乙酰氨基酚过量所致肝损伤的特效解毒药是', answer: 'N-乙酰半胱氨酸', distractors: ['维生素 K₁', '亚甲蓝', '二巯丙醇'], rationale: 'N-乙酰半胱氨酸补充谷胱甘肽，结合对乙酰氨基酚的毒性代谢产物 NAPQI。', source: `${PHARM}—解热镇痛药与中毒` },
  { category: 'pharmacology', question: '血管紧张素转换酶抑制剂（如卡托普利）最常见、常导致停药的不良反应是', answer: '刺激性干咳', distractors: ['踝部水肿', '低钾血症', '反射性心动过速'], rationale: 'ACEI 抑制缓激肽降解，缓激肽蓄积引起干咳；ACEI 倾向升高血钾，踝部水肿多见于二氢吡啶类钙通道阻滞剂。', source: `${PHARM}—抗高血压药` },
  { category: 'pharmacology', question: '氨基糖苷类抗生素（如庆大霉素）最主要的毒性是', answer: '耳毒性和肾毒性', distractors: ['灰婴综合征', '光敏反应', '双硫仑样反应'], rationale: '氨基糖苷类在内耳淋巴液和肾皮质蓄积；灰婴综合征见于氯霉素。', source: `${PHARM}—抗菌药` },
  { category: 'pharmacology', question: '使用地高辛的患者，下列哪种电解质紊乱最易诱发地高辛中毒', answer: '低钾血症', distractors: ['高钾血症', '低钙血症', '高钠血症'], rationale: '低钾时地高辛与 Na⁺-K⁺-ATP 酶结合增加，毒性增强。', source: `${PHARM}—强心苷` },
  { category: 'pharmacology', question: '二甲双胍最严重（虽然罕见）的不良反应是', answer: '乳酸酸中毒', distractors: ['体重明显增加', '水钠潴留加重心衰', '严重过敏性皮疹'], rationale: '双胍类抑制肝糖异生、增加无氧酵解，肾功能不全等情况下乳酸蓄积；水钠潴留见于噻唑烷二酮类。', source: `${PHARM}—降糖药` },
  // imaging reports
  { category: 'imaging-report', question: 'CT 检查中，水的 CT 值约为', answer: '0 HU', distractors: ['−1000 HU', '−100 HU', '+1000 HU'], rationale: 'CT 值以水为 0 HU 定标，空气约 −1000 HU，致密骨可达 +1000 HU。', source: `${IMAGING}—CT 原理` },
  { category: 'imaging-report', question: 'CT 平扫中，脂肪组织的 CT 值通常为', answer: '负值（约 −100 HU）', distractors: ['约 0 HU', '约 +40 HU', '约 +1000 HU'], rationale: '脂肪密度低于水，CT 值为负，约 −100～−50 HU。', source: `${IMAGING}—CT 原理` },
  { category: 'imaging-report', question: '急性期脑出血在 CT 平扫上的典型表现是', answer: '高密度影', distractors: ['低密度影', '等密度影', '无任何异常'], rationale: '新鲜血肿中血红蛋白对 X 线吸收高，呈高密度。', source: `${IMAGING}—中枢神经系统` },
  { category: 'imaging-report', question: '超急性期脑梗死（发病数小时内）最敏感的 MRI 序列是', answer: '弥散加权成像（DWI）', distractors: ['T1 加权成像（T1WI）', '质子密度加权成像', '磁共振血管成像（MRA）'], rationale: '细胞毒性水肿使水分子弥散受限，DWI 早期即呈高信号。', source: `${IMAGING}—中枢神经系统` },
  { category: 'imaging-report', question: 'MRI 的 T2 加权像上，脑脊液等自由水通常表现为', answer: '高信号', distractors: ['低信号', '流空信号', '与脑白质等信号'], rationale: '自由水 T2 弛豫时间长，T2WI 呈高信号（T1WI 呈低信号）。', source: `${IMAGING}—MRI 原理` },
  { category: 'imaging-report', question: '超声检查中，单纯性囊肿的典型表现是', answer: '无回声，后方回声增强', distractors: ['强回声伴后方声影', '低回声，后方回声衰减', '等回声，内部血流丰富'], rationale: '囊液透声好、衰减少，故无回声且后方回声增强；强回声伴声影见于结石。', source: `${IMAGING}—超声诊断` },
  { category: 'imaging-report', question: '胸部 X 线片上气胸的典型征象是', answer: '可见脏层胸膜线，其外侧无肺纹理', distractors: ['肋膈角变钝，外高内低的弧形影', '肺门周围蝶翼状阴影', '大片实变影内见支气管充气征'], rationale: '气体进入胸膜腔使肺压缩，胸膜线外为无肺纹理的透亮区；其余分别提示胸腔积液、肺水肿和肺实变。', source: `${IMAGING}—胸部` },
  { category: 'imaging-report', question: '乳腺影像报告中 BI-RADS 0 类的含义是', answer: '评估不完全，需要进一步影像学检查', distractors: ['阴性，未见异常', '良性发现', '高度提示恶性'], rationale: 'BI-RADS 0 表示需召回补充检查才能评估；1 类阴性，2 类良性，5 类高度提示恶性。', source: 'standard: ACR BI-RADS 分类' },
  // electronic medical record rules and coding
  { category: 'emr-standard', question: '病历中“主诉”是指', answer: '促使患者就诊的主要症状（或体征）及持续时间', distractors: ['患者本次发病的全过程', '患者既往所患疾病及诊疗经过', '医生作出的初步诊断'], rationale: '规范规定主诉为促使患者就诊的主要症状（或体征）及持续时间；发病全过程属现病史。', source: EMR_RULES },
  { category: 'emr-standard', question: '上级医师首次查房记录应当在患者入院后多长时间内完成', answer: '48 小时', distractors: ['8 小时', '24 小时', '72 小时'], rationale: '规范规定上级医师首次查房记录应于患者入院 48 小时内完成。', source: EMR_RULES },
  { category: 'emr-standard', question: '急会诊时，会诊医师应当在会诊申请发出后多长时间内到场', answer: '10 分钟', distractors: ['30 分钟', '1 小时', '2 小时'], rationale: '规范规定急会诊时会诊医师应在申请发出后 10 分钟内到场；常规会诊意见 48 小时内完成。', source: EMR_RULES },
  { category: 'emr-standard', question: '手术记录应当在术后多长时间内完成', answer: '24 小时', distractors: ['6 小时', '12 小时', '48 小时'], rationale: '规范规定手术记录由术者书写，在术后 24 小时内完成。', source: EMR_RULES },
  { category: 'emr-standard', question: '对病情稳定的患者，日常病程记录至少多久记录一次', answer: '每 3 天一次', distractors: ['每天一次', '每 2 天一次', '每周一次'], rationale: '规范规定病危患者每天至少 1 次，病重患者至少每 2 天 1 次，病情稳定者至少每 3 天 1 次。', source: EMR_RULES },
  { category: 'emr-standard', question: '死亡病例讨论记录应当在患者死亡后多长时间内完成', answer: '一周内', distractors: ['24 小时内', '48 小时内', '一个月内'], rationale: '规范规定死亡病例讨论在患者死亡一周内进行并记录；死亡记录在死亡后 24 小时内完成。', source: EMR_RULES },
  { category: 'emr-standard', question: '在 ICD-10 中，类目编码 E11 对应的疾病是', answer: '2 型糖尿病', distractors: ['1 型糖尿病', '原发性高血压', '急性心肌梗死'], rationale: 'ICD-10 中 E10 为 1 型糖尿病，E11 为 2 型糖尿病，I10 为原发性高血压，I21 为急性心肌梗死。', source: ICD },
  { category: 'emr-standard', question: '在 ICD-10 中，类目编码 I21 对应的疾病是', answer: '急性心肌梗死', distractors: ['心绞痛', '脑梗死', '心房颤动和心房扑动'], rationale: 'ICD-10 中 I20 为心绞痛，I21 为急性心肌梗死，I48 为心房颤动和扑动，I63 为脑梗死。', source: ICD },
  // assisted diagnosis
  { category: 'diagnosis', question: '按我国指南采用的 WHO（1999）标准，空腹静脉血浆葡萄糖诊断糖尿病的切点是', answer: '≥ 7.0 mmol/L', distractors: ['≥ 5.6 mmol/L', '≥ 6.1 mmol/L', '≥ 11.1 mmol/L'], rationale: '空腹血糖 ≥ 7.0 mmol/L 达糖尿病诊断切点；6.1～< 7.0 为空腹血糖受损；11.1 是随机或 OGTT 2 小时血糖切点。', source: 'guideline: 中国 2 型糖尿病防治指南（WHO 1999 标准）' },
  { category: 'diagnosis', question: '我国成人高血压的诊断标准（未服降压药，非同日 3 次诊室测量）是', answer: '收缩压 ≥ 140 mmHg 和/或舒张压 ≥ 90 mmHg', distractors: ['收缩压 ≥ 130 mmHg 和/或舒张压 ≥ 80 mmHg', '收缩压 ≥ 120 mmHg 和/或舒张压 ≥ 80 mmHg', '收缩压 ≥ 160 mmHg 和/或舒张压 ≥ 100 mmHg'], rationale: '中国高血压防治指南以诊室血压 ≥ 140/90 mmHg 为诊断标准。', source: 'guideline: 中国高血压防治指南（2018 年修订版）' },
  { category: 'diagnosis', question: '诊断急性心肌梗死时，敏感性和特异性最高的心肌损伤标志物是', answer: '心肌肌钙蛋白（cTnI/cTnT）', distractors: ['肌红蛋白', '乳酸脱氢酶', '天冬氨酸氨基转移酶'], rationale: '肌钙蛋白为心肌特异的结构蛋白；肌红蛋白升高最早但特异性差。', source: 'textbook topic: 诊断学—心肌损伤标志物' },
  { category: 'diagnosis', question: '糖化血红蛋白（HbA1c）主要反映患者', answer: '近 2～3 个月的平均血糖水平', distractors: ['近 2～3 周的平均血糖水平', '检测当日的空腹血糖', '近 1 年的平均血糖水平'], rationale: '红细胞寿命约 120 天，HbA1c 反映近 2～3 个月平均血糖；糖化白蛋白反映近 2～3 周。', source: 'textbook topic: 诊断学—血糖监测' },
  { category: 'diagnosis', question: '缺铁性贫血典型的红细胞形态学特点是', answer: '小细胞低色素性', distractors: ['大细胞性', '正常细胞正色素性', '球形红细胞增多'], rationale: '铁缺乏使血红蛋白合成减少，红细胞体积小、着色浅；大细胞性见于维生素 B₁₂ 或叶酸缺乏。', source: 'textbook topic: 内科学—贫血' },
  { category: 'diagnosis', question: 'Graves 病（原发性甲状腺功能亢进症）典型的甲状腺功能检查结果是', answer: 'TSH 降低，FT4 升高', distractors: ['TSH 升高，FT4 降低', 'TSH 升高，FT4 升高', 'TSH 正常，FT4 正常'], rationale: '甲状腺激素过多负反馈抑制垂体，TSH 降低；TSH 升高伴 FT4 降低为原发性甲减。', source: 'textbook topic: 内科学—甲状腺疾病' },
  { category: 'diagnosis', question: '诊断急性胰腺炎时，血清淀粉酶和/或脂肪酶升高一般需达到正常值上限的', answer: '3 倍以上', distractors: ['1.5 倍以上', '2 倍以上', '10 倍以上'], rationale: '修订版亚特兰大标准及我国指南均以 ≥ 3 倍正常上限为实验室诊断标准之一。', source: 'guideline: 急性胰腺炎诊治指南（修订版亚特兰大分类）' },
  { category: 'diagnosis', question: '成人静息状态下正常窦性心律的心率范围是', answer: '60～100 次/分', distractors: ['40～60 次/分', '80～120 次/分', '100～150 次/分'], rationale: '成人窦性心率 < 60 次/分为窦性心动过缓，> 100 次/分为窦性心动过速。', source: 'textbook topic: 诊断学—心电图' },
];
