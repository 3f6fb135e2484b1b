import { type Category, type Ctx, pieceText } from './nlp-core.js';
import { archive, company, designInstitute, government, person } from './nlp-lexicon.js';

/**
 * Events for the SRL suite: a predicate, the patients (A1) it takes — each with the
 * instrument (INS) that fits it, if any — places (LOC), agents (A0) and the sentence
 * voices it reads naturally in. Argument strings are whole noun phrases without the
 * preposition that introduces them (GUIDELINE.md §R).
 */

export type Voice = 'active' | 'ba' | 'bei' | 'you';

export interface SrlEvent {
  readonly predicate: string;
  /** A1 with the instrument that fits it and, where the event's places do not suit it, its own places. */
  readonly objects: readonly (readonly [patient: string, instrument?: string, places?: readonly string[]])[];
  readonly places: readonly string[];
  readonly agent: (ctx: Ctx) => string;
  readonly voices: readonly Voice[];
  /** Clauses that may follow this event; the domain's SRL_TAILS when absent. */
  readonly tails?: readonly string[];
}

const titled =
  (...titles: readonly string[]) =>
  (ctx: Ctx): string =>
    `${ctx.rng.pick(titles)}${person(ctx).name}`;

const nurse = titled('护士', '责任护士', '护士长');
const surgeon = titled('主任医师', '主治医师', '外科医生');

const medical: readonly SrlEvent[] = [
  { predicate: '测量', objects: [['患者的血压', '电子血压计'], ['3床患者的体温', '耳温枪'], ['患者的血氧饱和度', '指夹式血氧仪']], places: ['3号病房', '急诊留观室', '重症监护室', '门诊分诊台'], agent: nurse, voices: ['active'] },
  { predicate: '采集', objects: [['患者的静脉血标本', '真空采血管'], ['患者的咽拭子标本', '一次性采样拭子'], ['患者的动脉血标本', '动脉采血针']], places: ['抽血室', '发热门诊', '12号病房'], agent: nurse, voices: ['active', 'you'] },
  { predicate: '切除', objects: [['患者的阑尾', '腹腔镜', ['3号手术室', '5号手术室']], ['患者的胆囊', '腹腔镜', ['3号手术室', '5号手术室']], ['患者肠道内的息肉', '结肠镜', ['内镜中心']]], places: [], agent: surgeon, voices: ['bei', 'you'], tails: ['手术过程顺利', '标本已送病理检查'] },
  { predicate: '取出', objects: [['患者食管内的鱼刺', '胃镜', ['内镜中心', '急诊内镜室']], ['患者体内的引流管', undefined, ['换药室', '12号病房']]], places: [], agent: titled('主治医师', '主任医师', '值班医生'), voices: ['active', 'bei'], tails: ['过程顺利', '随后通知了家属'] },
  { predicate: '消毒', objects: [['换药器械', '含氯制剂'], ['手术器械', '高压蒸汽'], ['患者的伤口', '碘伏']], places: ['换药室', '处置室'], agent: nurse, voices: ['ba'], tails: ['并做了登记'] },
  { predicate: '核对', objects: [['患者的用药医嘱'], ['输血申请单'], ['手术部位标识']], places: ['护士站', '手术室门口'], agent: titled('护士', '药师', '麻醉医师'), voices: ['ba', 'active'], tails: ['确认无误'] },
];

const construction: readonly SrlEvent[] = [
  { predicate: '检测', objects: [['剪力墙的混凝土强度', '回弹仪'], ['楼板的钢筋保护层厚度', '钢筋扫描仪'], ['外墙的保温层厚度', '钢针']], places: ['3号楼地下室', '5号楼标准层', '施工现场'], agent: titled('监理工程师', '质检员', '项目技术负责人'), voices: ['active'] },
  { predicate: '测量', objects: [['基坑的水平位移', '全站仪'], ['塔吊基础的沉降', '水准仪']], places: ['基坑北侧', '塔吊基础旁'], agent: titled('技术员', '监测工程师'), voices: ['active'] },
  { predicate: '验收', objects: [['钢筋隐蔽工程'], ['地基基础分部工程'], ['二层模板支架']], places: ['施工现场', '2号楼'], agent: (ctx) => (ctx.rng.next() < 0.5 ? pieceText(company(ctx, 'supervisor')) : titled('总监理工程师')(ctx)), voices: ['you', 'bei'], tails: ['结果符合设计要求', '随后填写了验收记录'] },
  { predicate: '拆除', objects: [['临时围挡', '挖掘机'], ['违规搭设的工棚', '吊车'], ['废弃的塔吊基础', '破碎锤']], places: ['项目东门', '工地生活区'], agent: (ctx) => (ctx.rng.next() < 0.5 ? pieceText(company(ctx, 'contractor')) : titled('施工员', '安全员')(ctx)), voices: ['bei', 'active'], tails: ['过程已拍照留存', '随后清运了废料'] },
  { predicate: '核算', objects: [['第三期工程进度款'], ['变更工程的造价', '造价软件']], places: ['项目部会议室'], agent: titled('造价工程师'), voices: ['ba'], tails: ['结果已报送发包人'] },
  { predicate: '签收', objects: [['工程变更指令'], ['监理通知单']], places: ['项目部'], agent: titled('项目经理'), voices: ['you', 'active'], tails: ['随后组织了技术交底'] },
];

const opinion: readonly SrlEvent[] = [
  { predicate: '拆除', objects: [['违规搭建的广告牌', '吊车'], ['占道经营的遮阳棚']], places: ['人民路', '滨江路口'], agent: (ctx) => (ctx.rng.next() < 0.5 ? pieceText(government(ctx, ['城管局'])) : titled('执法队员')(ctx)), voices: ['active', 'bei'] },
  { predicate: '发布', objects: [['一条反映噪声扰民的帖子', '手机'], ['一段路面积水的视频', '手机']], places: ['政务服务平台', '本地论坛'], agent: titled('网友'), voices: ['active'], tails: ['引发了大量转发', '很快得到了回复'] },
  { predicate: '巡查', objects: [['沿河的排污口', '无人机'], ['辖区内的建筑工地']], places: ['城南河道', '湖光路一带'], agent: (ctx) => (ctx.rng.next() < 0.5 ? pieceText(government(ctx, ['环保局', '城管局'])) : titled('社区网格员')(ctx)), voices: ['active'] },
  { predicate: '监测', objects: [['工地周边的夜间噪声', '声级计'], ['餐饮店的油烟排放', '油烟检测仪']], places: ['东风路工地', '美食街'], agent: (ctx) => pieceText(government(ctx, ['环保局'])), voices: ['active'] },
  { predicate: '受理', objects: [['网友的这条投诉'], ['居民的联名反映']], places: ['政务服务中心'], agent: (ctx) => pieceText(government(ctx, ['市场监管局', '城管局', '住建局'])), voices: ['you'] },
  { predicate: '清理', objects: [['占道堆放的建筑垃圾', '铲车'], ['河面上的漂浮物', '打捞船']], places: ['学院路', '城南河道'], agent: titled('环卫工人', '执法队员'), voices: ['bei', 'you'] },
  { predicate: '核实', objects: [['网友反映的情况'], ['帖子中的照片']], places: ['事发路段', '小区门口'], agent: titled('工作人员', '社区网格员'), voices: ['ba'] },
];

const technical: readonly SrlEvent[] = [
  { predicate: '扫描', objects: [['1998年的竣工图纸', '高拍仪'], ['桥梁工程的设计变更文件', '数码翻拍架']], places: ['二号库房', '数字化加工室'], agent: titled('档案员', '档案管理员'), voices: ['active'] },
  { predicate: '修复', objects: [['破损的案卷封面', '手工纸'], ['褪色的蓝图', '图像处理软件']], places: ['文献保护室'], agent: titled('保护技术员', '档案员'), voices: ['active', 'bei'] },
  { predicate: '检索', objects: [['隧道工程的设计变更文件', '档案管理系统'], ['2005年以前的竣工图纸', '数字档案平台']], places: ['查阅大厅'], agent: titled('工程师', '档案员'), voices: ['active'] },
  { predicate: '移交', objects: [['全部技术档案'], ['42卷竣工图纸']], places: ['档案馆接收室'], agent: (ctx) => pieceText(designInstitute(ctx)), voices: ['you'] },
  { predicate: '借阅', objects: [['这批原始测量记录'], ['3号楼的结构计算书']], places: ['阅览室'], agent: titled('工程师', '设计师'), voices: ['bei'], tails: ['期限为两周'] },
  { predicate: '装订', objects: [['散落的卷内文件'], ['这批会议纪要']], places: ['整理室'], agent: titled('档案员'), voices: ['ba'] },
  { predicate: '审核', objects: [['档案鉴定意见'], ['这批档案的销毁清单']], places: ['馆长办公室'], agent: (ctx) => (ctx.rng.next() < 0.5 ? pieceText(archive(ctx)) : titled('馆长', '副馆长')(ctx)), voices: ['you'], tails: ['结果已报上级主管部门'] },
];

export const SRL_EVENTS: Readonly<Record<Category, readonly SrlEvent[]>> = {
  'medical-record': medical,
  'construction-contract': construction,
  'public-opinion': opinion,
  'technical-archive': technical,
};

/** Clauses after the event, with no role of the asked predicate and no other use of it. */
export const SRL_TAILS: Readonly<Record<Category, readonly string[]>> = {
  'medical-record': ['结果已录入电子病历', '整个过程顺利'],
  'construction-contract': ['结果符合设计要求', '随后填写了检查记录', '过程已拍照留存'],
  'public-opinion': ['处理情况已向社会通报', '并及时回复了网友', '处理结果已在平台公示'],
  'technical-archive': ['并登记了台账', '过程已拍照留存'],
};
