import { type Category, type Ctx, pieceText } from './nlp-core.js';
import { archive, city, company, date, disease, drug, hospital, money, person, place } from './nlp-lexicon.js';

/**
 * Utterance templates for the intent suite, four per label and domain, each with a
 * variable part (so two items from one template never differ only in a greeting). Each template
 * carries the cue its label is defined by (GUIDELINE.md §I): 投诉 = dissatisfaction plus a
 * demand; 报修 = a fault plus a repair request, without complaint; 预约 = a request
 * for a time slot; 查询进度 = the status of something the writer already submitted;
 * 咨询 = a question about rules or facts; 其他 = thanks, praise, suggestions, notices.
 */

export const INTENT_LABELS = ['咨询', '投诉', '报修', '预约', '查询进度', '其他'] as const;
export type IntentLabel = (typeof INTENT_LABELS)[number];

type Template = (ctx: Ctx) => string;
type Table = Readonly<Record<IntentLabel, readonly Template[]>>;

const d = (ctx: Ctx): string => pieceText(date(ctx, false));
const n = (ctx: Ctx, min: number, max: number): number => ctx.rng.int(min, max);
const exam = (ctx: Ctx): string => ctx.rng.pick(['胃镜', '肠镜', '腹部B超', '增强CT']);
const dept = (ctx: Ctx): string => ctx.rng.pick(['心内科', '消化科', '呼吸科', '内分泌科', '骨科']);

const medical: Table = {
  咨询: [
    (ctx) => `请问做${exam(ctx)}前需要空腹多长时间？检查当天还能正常服用${pieceText(drug(ctx))}吗？`,
    (ctx) => `我父亲有${pieceText(disease(ctx))}，想了解一下${pieceText(drug(ctx))}和${pieceText(drug(ctx))}能不能一起吃。`,
    (ctx) => `${pieceText(hospital(ctx))}的${dept(ctx)}周末有门诊吗？异地医保能直接结算吗？`,
    (ctx) => `孩子${n(ctx, 3, 12)}岁，打完疫苗后多久可以洗澡？发热到多少度需要来医院？`,
  ],
  投诉: [
    (ctx) => `${d(ctx)}我在${pieceText(hospital(ctx))}${dept(ctx)}排队${n(ctx, 2, 5)}个小时，到窗口才被告知号源已满，事先没有任何通知，希望院方给个说法。`,
    (ctx) => `住院期间夜班护士多次呼叫不应，我母亲输液结束后等了${n(ctx, 20, 50)}分钟才有人来拔针，请医院严肃处理。`,
    (ctx) => `收费处多收了我${pieceText(money(ctx, 'small'))}的检查费，窗口工作人员态度恶劣还拒绝退还，要求处理并道歉。`,
    (ctx) => `${d(ctx)}做的${exam(ctx)}报告把我的名字写错了，找了${n(ctx, 2, 4)}个窗口互相推诿，没人负责，请院方严肃处理。`,
  ],
  报修: [
    (ctx) => `${n(ctx, 3, 30)}号病房的呼叫器按了没反应，床头灯也不亮，请后勤尽快派人来修一下。`,
    (ctx) => `${dept(ctx)}门口的自助挂号机黑屏了，插卡没有反应，麻烦设备科安排维修。`,
    (ctx) => `住院部${n(ctx, 2, 18)}楼卫生间的水龙头一直漏水，地面很滑，请尽快维修。`,
    (ctx) => `${n(ctx, 3, 30)}床的电动病床升降失灵，摇杆也摇不动，请设备科尽快派人检修。`,
  ],
  预约: [
    (ctx) => `我想预约${d(ctx)}上午${dept(ctx)}的专家号，复查${pieceText(disease(ctx))}，请帮忙安排。`,
    (ctx) => `家里老人${n(ctx, 70, 95)}岁，行动不便，想预约${d(ctx)}的上门护理服务，给伤口换药，请安排时间。`,
    (ctx) => `请帮我约一个${d(ctx)}的入职体检时段，最好是上午。`,
    (ctx) => `医生让我${n(ctx, 1, 4)}周后复查${exam(ctx)}，想预约${d(ctx)}下午的检查，请安排。`,
  ],
  查询进度: [
    (ctx) => `我${d(ctx)}做的${exam(ctx)}活检，到现在还没收到病理结果，想问一下报告出来了没有。`,
    (ctx) => `我${d(ctx)}提交的住院费用异地报销申请，现在审核到哪一步了？`,
    (ctx) => `我之前反映的多收费问题，院方说会在${n(ctx, 3, 10)}个工作日内回复，现在处理得怎么样了？`,
    (ctx) => `${d(ctx)}申请复印的住院病历，说好${n(ctx, 3, 7)}个工作日寄出，现在寄了吗？`,
  ],
  其他: [
    (ctx) => `感谢${dept(ctx)}的医护人员，我父亲住院${n(ctx, 5, 20)}天得到了细心照顾，特此致谢。`,
    (ctx) => `${person(ctx).name}医生耐心解答了我的所有问题，医术精湛，想在这里表扬一下。`,
    (ctx) => `建议${pieceText(hospital(ctx))}在门诊大厅多放几把座椅，方便老人候诊。`,
    (ctx) => `护士${person(ctx).name}在我住院期间非常负责，特意写几句话表示感谢。`,
  ],
};

const item = (ctx: Ctx): string => ctx.rng.pick(['钢筋隐蔽工程', '地下室防水工程', '二层模板支架', '基础分部工程']);
const building = (ctx: Ctx): string => ctx.rng.pick(['住宅楼', '综合楼', '教学楼', '办公楼']);
const project = (ctx: Ctx): string => `${pieceText(place(ctx))}${building(ctx)}项目`;

const construction: Table = {
  咨询: [
    (ctx) => `请问合同里的质量保证金是按结算价的${ctx.rng.pick(['2%', '3%', '5%'])}预留吗？缺陷责任期满后多久返还？`,
    (ctx) => `我们是${pieceText(company(ctx, 'contractor'))}，想了解工程变更引起的价款调整需要提交哪些资料。`,
    (ctx) => `${project(ctx)}的合同约定可以顺延工期，遇到连续降雨天气能不能申请？需要什么证明？`,
    (ctx) => `请问人工费上涨超过${ctx.rng.pick(['5%', '8%', '10%'])}时，合同价款能否按规定调整？`,
  ],
  投诉: [
    (ctx) => `${pieceText(company(ctx, 'contractor'))}已完成第${n(ctx, 2, 6)}期工程量，进度款${pieceText(money(ctx, 'large'))}逾期${n(ctx, 20, 90)}天仍未支付，严重影响工人工资发放，请发包人立即处理。`,
    (ctx) => `监理单位对我方报验的${item(ctx)}拖延${n(ctx, 5, 20)}天不予验收，导致后续工序停工，我方对此强烈不满，要求尽快处理。`,
    (ctx) => `总包单位拖欠我们分包队伍的劳务费已有${n(ctx, 3, 10)}个月，多次催要无果，请求主管部门介入处理。`,
    (ctx) => `${project(ctx)}的混凝土供应商连续${n(ctx, 2, 6)}次送货延误，影响浇筑进度，我方对此十分不满，要求对方书面说明并赔偿损失。`,
  ],
  报修: [
    (ctx) => `我们去年交付使用的${building(ctx)}，${ctx.rng.pick(['屋面', '外墙', '地下室'])}出现渗漏，目前仍在保修期内，请施工单位尽快派人维修。`,
    (ctx) => `项目部办公区${n(ctx, 1, 6)}号临时配电箱跳闸后无法合闸，请电工尽快来检修。`,
    (ctx) => `工地${n(ctx, 1, 4)}号施工升降机今天早上出现异响后停机，请设备租赁公司派人检修。`,
    (ctx) => `${project(ctx)}交房后${n(ctx, 2, 8)}户业主反映卫生间下水堵塞，仍在保修期内，请施工单位安排维修。`,
  ],
  预约: [
    (ctx) => `${item(ctx)}已具备验收条件，拟请监理单位于${d(ctx)}上午到现场验收，请确认时间。`,
    (ctx) => `我方想约在${d(ctx)}与发包人代表就变更签证当面商谈，请安排时间。`,
    (ctx) => `请为我们安排${d(ctx)}的竣工资料预审，我方届时带齐全部资料到场。`,
    (ctx) => `${project(ctx)}计划${d(ctx)}进行桩基检测，请检测单位安排人员和设备进场时间。`,
  ],
  查询进度: [
    (ctx) => `我方${d(ctx)}报送的第${n(ctx, 2, 8)}期进度款支付申请，目前审核到哪一步了？`,
    (ctx) => `${d(ctx)}提交的设计变更申请，业主那边审批结果出来了吗？`,
    (ctx) => `我们报审的${project(ctx)}竣工结算书，造价咨询单位现在审到什么程度了？`,
    (ctx) => `我方${d(ctx)}递交的工期顺延申请，监理单位签署意见了没有？`,
  ],
  其他: [
    (ctx) => `贵方项目部在${project(ctx)}雨季施工期间组织有序，现场管理规范，特此致函表示感谢。`,
    (ctx) => `现将第${n(ctx, 10, 52)}周施工日志及安全检查记录一并报送，请查收。`,
    (ctx) => `我单位本项目联系人已变更为${person(ctx).name}，特此告知。`,
    (ctx) => `建议下次工地例会增加安全文明施工议题，会议时间仍定在每周${ctx.rng.pick(['一', '三', '五'])}上午。`,
  ],
};

const spot = (ctx: Ctx): string => pieceText(place(ctx));

const opinion: Table = {
  咨询: [
    (ctx) => `请问${spot(ctx)}的老旧小区加装电梯有补贴吗？需要多少住户同意？`,
    (ctx) => `想了解一下在${city(ctx).full}给新能源车安装充电桩需要办哪些手续。`,
    (ctx) => `${spot(ctx)}的垃圾分类投放时间是几点到几点？大件垃圾怎么处理？`,
    (ctx) => `${city(ctx).full}的公租房申请需要什么条件？家庭收入有上限吗？`,
  ],
  投诉: [
    (ctx) => `${spot(ctx)}附近的工地每天夜里施工到凌晨，噪音大得根本没法睡觉，多次反映没人管，强烈要求处理！`,
    (ctx) => `${pieceText(company(ctx, 'property'))}管理的小区物业费年年涨，服务却越来越差，电梯坏了一周没人管，要求有关部门查处。`,
    (ctx) => `${spot(ctx)}路边烧烤摊的油烟直冲居民楼，投诉多次依旧如故，请执法部门严肃处理。`,
    (ctx) => `${spot(ctx)}的渣土车天天超速带泥上路，路面脏得不像样，反映了${n(ctx, 2, 6)}次都没人管，要求严肃查处。`,
  ],
  报修: [
    (ctx) => `${spot(ctx)}的路灯已经连续${n(ctx, 3, 12)}天不亮了，晚上走路很危险，请尽快派人修理。`,
    (ctx) => `${spot(ctx)}有一处窨井盖破损下沉，车辆经过很容易出事，请尽快派人维修。`,
    (ctx) => `${spot(ctx)}公交站旁的公共自行车桩坏了，刷卡后车锁打不开，麻烦维修一下。`,
    (ctx) => `${spot(ctx)}路口的红绿灯从${d(ctx)}起一直只闪黄灯，请交管部门尽快派人检修。`,
  ],
  预约: [
    (ctx) => `我想预约${d(ctx)}到政务服务中心办理不动产登记，请帮我安排一个上午的时段。`,
    (ctx) => `社区组织的免费法律咨询，我想预约${d(ctx)}下午的名额。`,
    (ctx) => `想给孩子预约${d(ctx)}在社区卫生服务中心接种疫苗，请帮忙登记。`,
    (ctx) => `我想预约${d(ctx)}到${city(ctx).full}市民服务中心办理营业执照，请安排一个窗口时段。`,
  ],
  查询进度: [
    (ctx) => `我${d(ctx)}在热线反映的${spot(ctx)}路面塌陷问题，工单号${n(ctx, 100000, 999999)}，想查一下现在处理到哪一步了。`,
    (ctx) => `${d(ctx)}我们提交的老旧小区改造申请材料，审核通过了没有？`,
    (ctx) => `请问我${d(ctx)}提交的占道施工许可申请，审批进度如何？`,
    (ctx) => `我上周反映的${spot(ctx)}路灯不亮的问题，工单显示已派单，现在修到什么程度了？`,
  ],
  其他: [
    (ctx) => `${spot(ctx)}的积水问题解决了，给有关部门的高效处理点个赞！`,
    (ctx) => `今天路过${spot(ctx)}，看到新修的口袋公园很漂亮，分享一下。`,
    (ctx) => `建议在${spot(ctx)}的公交站增设候车座椅，方便老年人乘车。`,
    (ctx) => `感谢社区网格员${person(ctx).name}帮我们协调解决了楼道堆物问题。`,
  ],
};

const technical: Table = {
  咨询: [
    (ctx) => `请问查阅${spot(ctx)}隧道工程的竣工档案需要带哪些证明材料？`,
    (ctx) => `个人能不能复制本单位${n(ctx, 1995, 2015)}年的工程图纸？复制收费标准是多少？`,
    (ctx) => `我们要移交${n(ctx, 20, 300)}份电子档案，对文件格式有什么要求？PDF可以吗？`,
    (ctx) => `${pieceText(archive(ctx))}的档案可以委托他人代查吗？委托书有固定格式吗？`,
  ],
  投诉: [
    (ctx) => `${d(ctx)}我到${pieceText(archive(ctx))}查档，工作人员以系统故障为由让我等了${n(ctx, 2, 4)}个小时，最后也没查成，请馆方给个说法。`,
    (ctx) => `借阅的${n(ctx, 5, 40)}张图纸复印件多处模糊不清，要求重新复制却被拒绝，对此非常不满，请求处理。`,
    (ctx) => `档案移交时馆方多次更改接收要求，导致我们返工${n(ctx, 2, 5)}次，请上级主管部门核查处理。`,
    (ctx) => `${d(ctx)}预约好的查档被临时取消，也没有提前通知，我们从外地白跑一趟，要求馆方道歉并说明原因。`,
  ],
  报修: [
    (ctx) => `${n(ctx, 1, 9)}号库房的恒温恒湿机显示故障代码，湿度已经升到${n(ctx, 65, 85)}%，请设备厂家尽快来检修。`,
    (ctx) => `阅览室的${n(ctx, 1, 20)}号查档电脑开不了机，请信息中心派人维修。`,
    (ctx) => `数字化加工室的${n(ctx, 1, 4)}号大幅面扫描仪卡纸后无法复位，请尽快安排维修。`,
    (ctx) => `${n(ctx, 1, 9)}号库房第${n(ctx, 1, 40)}排的密集架摇不动了，请尽快派人检修。`,
  ],
  预约: [
    (ctx) => `我想预约${d(ctx)}上午到${pieceText(archive(ctx))}查阅${spot(ctx)}桥梁工程的档案，请安排座位。`,
    (ctx) => `我单位拟于${d(ctx)}移交${n(ctx, 10, 200)}卷竣工档案，请安排接收时间。`,
    (ctx) => `想预约${d(ctx)}参观档案库房，共${n(ctx, 5, 30)}人，请帮忙安排讲解。`,
    (ctx) => `我们想预约${d(ctx)}下午与馆里的专家当面沟通档案整理方案，请安排时间。`,
  ],
  查询进度: [
    (ctx) => `我${d(ctx)}申请的档案复制件，现在加工好了吗？什么时候可以取？`,
    (ctx) => `我单位${d(ctx)}报送的档案鉴定申请，目前审核进展如何？`,
    (ctx) => `${d(ctx)}提交的数字化扫描委托，现在已经扫描了多少卷？`,
    (ctx) => `我们${d(ctx)}送去修复的${n(ctx, 2, 12)}卷破损案卷，修复完成了没有？`,
  ],
  其他: [
    (ctx) => `感谢档案员${person(ctx).name}的耐心帮助，很快就找到了我们需要的图纸。`,
    (ctx) => `现将本单位${n(ctx, 2019, 2024)}年度档案工作总结报送贵馆，请查收。`,
    (ctx) => `建议${pieceText(archive(ctx))}开通线上预约查档功能，方便外地用户。`,
    (ctx) => `我单位档案工作联系人已变更为${person(ctx).name}，联系电话随后另行告知。`,
  ],
};

export const INTENT_TEMPLATES: Readonly<Record<Category, Table>> = {
  'medical-record': medical,
  'construction-contract': construction,
  'public-opinion': opinion,
  'technical-archive': technical,
};

/** Openings and closings that carry no intent, to vary the wording around a template. */
export const OPENINGS = ['', '', '您好，', '你好，', '打扰了，'] as const;
export const CLOSINGS = ['', '', '谢谢。', '辛苦了。'] as const;
