import { IIT_RULE_VERSION, VAT_RULE_VERSION } from './finance-formulas.js';
import type { Fact } from './healthcare-items.js';

/**
 * Knowledge facts for finance-mcq, written for pingce (not taken from any question
 * bank). Rules that change over time name the version they state; each item has its
 * rationale and the kind of source that backs it.
 */

const CAS = 'standard: 企业会计准则';
const FM = 'textbook topic: 财务管理';
const INVEST = 'textbook topic: 投资学';
const CIT = 'law: 《中华人民共和国企业所得税法》（2007 年通过，2008-01-01 起施行）';

export const FINANCE_FACTS: readonly Fact[] = [
  // accounting
  { category: 'accounting', question: '下列会计等式正确的是', answer: '资产 = 负债 + 所有者权益', distractors: ['资产 = 负债 − 所有者权益', '资产 + 负债 = 所有者权益', '收入 = 资产 − 负债'], rationale: '会计基本等式：企业的资产来源于债权人（负债）和所有者（所有者权益）。', source: `${CAS}—基本准则` },
  { category: 'accounting', question: '我国企业会计确认、计量和报告的基础是', answer: '权责发生制', distractors: ['收付实现制', '永续盘存制', '实地盘存制'], rationale: '《企业会计准则—基本准则》规定企业应当以权责发生制为基础进行会计确认、计量和报告。', source: `${CAS}—基本准则` },
  { category: 'accounting', question: '按我国企业会计准则，企业确定发出存货成本时不允许采用的方法是', answer: '后进先出法', distractors: ['先进先出法', '移动加权平均法', '个别计价法'], rationale: '存货准则允许先进先出法、加权平均法和个别计价法，不允许后进先出法。', source: `${CAS}第 1 号——存货` },
  { category: 'accounting', question: '企业向股东分配现金股利所支付的现金，在现金流量表中属于', answer: '筹资活动产生的现金流量', distractors: ['经营活动产生的现金流量', '投资活动产生的现金流量', '不在现金流量表中反映'], rationale: '分配股利、利润或偿付利息支付的现金列入筹资活动。', source: `${CAS}第 31 号——现金流量表` },
  { category: 'accounting', question: '企业购建固定资产所支付的现金，在现金流量表中属于', answer: '投资活动产生的现金流量', distractors: ['经营活动产生的现金流量', '筹资活动产生的现金流量', '不在现金流量表中反映'], rationale: '购建固定资产、无形资产和其他长期资产支付的现金列入投资活动。', source: `${CAS}第 31 号——现金流量表` },
  { category: 'accounting', question: '计算速动比率时，需从流动资产中扣除的主要项目是', answer: '存货', distractors: ['货币资金', '应收账款', '交易性金融资产'], rationale: '存货变现速度较慢且价值不确定，速动资产一般为流动资产扣除存货等后的余额。', source: `${FM}—偿债能力分析` },
  { category: 'accounting', question: '“累计折旧”科目的性质是', answer: '固定资产的备抵（抵减）科目', distractors: ['负债类科目', '损益类科目', '所有者权益类科目'], rationale: '累计折旧属于资产类，是固定资产的备抵科目，用以反映固定资产账面价值的减少。', source: 'textbook topic: 会计学—固定资产' },
  { category: 'accounting', question: '资产负债表中的“未分配利润”项目列示在', answer: '所有者权益部分', distractors: ['流动负债部分', '非流动负债部分', '流动资产部分'], rationale: '未分配利润是留存收益的组成部分，属于所有者权益。', source: `${CAS}第 30 号——财务报表列报` },
  // tax rules
  { category: 'tax-rules', question: '居民个人综合所得的基本减除费用标准是', answer: '每年 60000 元', distractors: ['每年 36000 元', '每年 42000 元', '每年 96000 元'], rationale: '个人所得税法规定居民个人综合所得以每一纳税年度收入额减除费用六万元以及专项扣除等后的余额为应纳税所得额。', source: IIT_RULE_VERSION },
  { category: 'tax-rules', question: '下列所得中，属于个人所得税“综合所得”的是', answer: '劳务报酬所得', distractors: ['财产租赁所得', '利息、股息、红利所得', '偶然所得'], rationale: '综合所得包括工资薪金、劳务报酬、稿酬和特许权使用费四项所得。', source: IIT_RULE_VERSION },
  { category: 'tax-rules', question: '居民个人综合所得年度税率表的最高一档税率是', answer: '45%', distractors: ['35%', '40%', '50%'], rationale: '综合所得适用 3%～45% 的七级超额累进税率，全年应纳税所得额超过 960000 元的部分适用 45%。', source: IIT_RULE_VERSION },
  { category: 'tax-rules', question: '居民个人综合所得全年应纳税所得额不超过 36000 元的部分，适用税率为', answer: '3%', distractors: ['5%', '10%', '20%'], rationale: '年度税率表第一级：不超过 36000 元的部分税率 3%，速算扣除数 0。', source: IIT_RULE_VERSION },
  { category: 'tax-rules', question: '增值税一般纳税人销售货物（除另有规定外）适用的税率是', answer: '13%', distractors: ['9%', '6%', '17%'], rationale: '2019 年 4 月 1 日起原 16% 税率调整为 13%；17% 为 2018 年 5 月以前的税率。', source: VAT_RULE_VERSION },
  { category: 'tax-rules', question: '增值税一般纳税人提供交通运输服务适用的税率是', answer: '9%', distractors: ['13%', '6%', '3%'], rationale: '2019 年 4 月 1 日起原 10% 税率调整为 9%，适用于交通运输、建筑、不动产租赁等。', source: VAT_RULE_VERSION },
  { category: 'tax-rules', question: '我国企业所得税的基本税率是', answer: '25%', distractors: ['20%', '15%', '33%'], rationale: '企业所得税法第四条规定税率为 25%；33% 为 2008 年以前内资企业的税率。', source: CIT },
  { category: 'tax-rules', question: '国家需要重点扶持的高新技术企业，企业所得税减按多少税率征收', answer: '15%', distractors: ['10%', '20%', '免征'], rationale: '企业所得税法第二十八条规定国家需要重点扶持的高新技术企业减按 15% 的税率征收。', source: CIT },
  // banking and credit
  { category: 'banking', question: '采用等额本息方式还款的住房贷款，其每月还款额的特点是', answer: '每月还款额固定不变', distractors: ['每月还款额逐月递减', '每月还款额逐月递增', '前期只还利息，到期一次还本'], rationale: '等额本息每期偿还的本息和相同，前期利息占比高、本金占比低。', source: 'textbook topic: 金融学—贷款还款方式' },
  { category: 'banking', question: '采用等额本金方式还款的贷款，下列说法正确的是', answer: '每月偿还的本金相同，月供逐月递减', distractors: ['每月月供固定不变', '每月支付的利息相同', '到期一次偿还全部本金'], rationale: '等额本金每月还本 P/n，利息按剩余本金计算，随本金减少而递减。', source: 'textbook topic: 金融学—贷款还款方式' },
  { category: 'banking', question: '本金、年利率和期限都相同（利率为正）时，等额本金与等额本息两种方式支付的利息总额相比', answer: '等额本金少于等额本息', distractors: ['等额本金多于等额本息', '两者相同', '无法比较，取决于还款月份'], rationale: '等额本金前期偿还本金更多，各期占用的本金余额更少，因此利息总额更少。', source: 'textbook topic: 金融学—贷款还款方式' },
  { category: 'banking', question: '按《存款保险条例》，同一存款人在同一家投保机构所有被保险存款账户的存款本金和利息合并计算的最高偿付限额是', answer: '人民币 50 万元', distractors: ['人民币 20 万元', '人民币 100 万元', '没有上限，全额偿付'], rationale: '《存款保险条例》第五条规定最高偿付限额为人民币 50 万元。', source: 'regulation: 《存款保险条例》（2015-05-01 起施行）' },
  { category: 'banking', question: '名义年利率相同时，一年内复利次数越多，实际年利率', answer: '越高', distractors: ['越低', '保持不变', '先升高后降低'], rationale: 'EAR = (1 + r/m)^m − 1 随 m 增大而增大（趋向连续复利 e^r − 1）。', source: 'textbook topic: 金融学—利率与复利' },
  { category: 'banking', question: '贷款市场报价利率（LPR）由哪一机构受权于每月公布', answer: '全国银行间同业拆借中心', distractors: ['国家统计局', '财政部', '中国证券登记结算有限责任公司'], rationale: '2019 年 LPR 形成机制改革后，由全国银行间同业拆借中心受权于每月 20 日（遇节假日顺延）公布。', source: 'regulation: 中国人民银行公告〔2019〕第 15 号' },
  { category: 'banking', question: '利率和期限（超过 1 年）相同时，复利计息的终值与单利计息的终值相比', answer: '复利终值更大', distractors: ['单利终值更大', '两者相等', '无法比较'], rationale: '复利对已产生的利息再计息，期限超过一个计息期时终值大于单利。', source: 'textbook topic: 金融学—利率与复利' },
  { category: 'banking', question: '根据费雪关系，实际利率近似等于', answer: '名义利率 − 通货膨胀率', distractors: ['名义利率 + 通货膨胀率', '名义利率 × 通货膨胀率', '名义利率 ÷ 通货膨胀率'], rationale: '(1 + 名义利率) = (1 + 实际利率)(1 + 通胀率)，近似为 实际 ≈ 名义 − 通胀。', source: 'textbook topic: 金融学—利率理论' },
  // investment
  { category: 'investment', question: '市场利率上升时，已发行的固定利率债券的价格通常会', answer: '下降', distractors: ['上升', '保持不变', '与市场利率无关'], rationale: '债券价格是未来现金流按市场利率折现的现值，折现率上升则现值下降。', source: `${INVEST}—债券定价` },
  { category: 'investment', question: '债券票面利率高于市场要求的收益率时，该债券将', answer: '溢价发行', distractors: ['折价发行', '平价发行', '无法发行'], rationale: '票息高于市场收益率，投资者愿以高于面值的价格买入。', source: `${INVEST}—债券定价` },
  { category: 'investment', question: '零息债券的麦考利久期', answer: '等于其剩余期限', distractors: ['小于其剩余期限', '大于其剩余期限', '等于零'], rationale: '零息债券只有到期一笔现金流，加权平均时间即为剩余期限。', source: `${INVEST}—久期` },
  { category: 'investment', question: '对每年付息一次的债券，修正久期与麦考利久期的关系是', answer: '修正久期 = 麦考利久期 / (1 + 到期收益率)', distractors: ['修正久期 = 麦考利久期 × (1 + 到期收益率)', '修正久期 = 麦考利久期 − 到期收益率', '两者总是相等'], rationale: '修正久期衡量价格对收益率的敏感度，D_mod = D_mac / (1 + y/m)，m 为每年付息次数。', source: `${INVEST}—久期` },
  { category: 'investment', question: '评价单个独立投资项目时，按净现值（NPV）法则应', answer: 'NPV 大于零时接受项目', distractors: ['NPV 小于零时接受项目', '内部收益率低于折现率时接受项目', '投资回收期越长越应接受'], rationale: 'NPV > 0 表示项目收益超过资本成本、增加股东价值。', source: `${FM}—投资决策` },
  { category: 'investment', question: '内部收益率（IRR）是指', answer: '使项目净现值等于零的折现率', distractors: ['使项目净现值最大的折现率', '企业的加权平均资本成本', '项目的会计利润率'], rationale: 'IRR 是使未来现金流现值等于初始投资、即 NPV = 0 的折现率。', source: `${FM}—投资决策` },
  { category: 'investment', question: '资本资产定价模型中的 β 系数衡量的是', answer: '系统性风险', distractors: ['非系统性风险', '流动性风险', '操作风险'], rationale: 'β 衡量资产收益对市场组合收益变动的敏感程度，即不可分散的系统性风险。', source: `${INVEST}—资本资产定价模型` },
  { category: 'investment', question: '通过构建充分分散化的投资组合，可以降低的风险是', answer: '非系统性（特有）风险', distractors: ['系统性风险', '市场利率风险', '宏观通货膨胀风险'], rationale: '个别资产特有的风险在组合中相互抵消；市场性的系统风险无法分散。', source: `${INVEST}—投资组合理论` },
];
