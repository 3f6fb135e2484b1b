import { createRng, type Rng } from './lib.js';
import { newCtx, samplesByCategory } from './nlp-core.js';
import { type AnyRecord, anyRecord, type ArchiveRecord, type ContractRecord, type MedicalRecord, type OpinionRecord } from './nlp-records.js';
import type { SuiteGenerator } from './types.js';

/**
 * Summarisation: a passage rendered from a record with filler detail added, and a
 * one-sentence reference summary rendered from the same record, so the reference
 * holds exactly the record's key facts. Scored by character-level ROUGE-L against
 * that one reference — a weak proxy (see GUIDELINE.md §M): it rewards wording close
 * to the reference, not faithfulness, and a fluent paraphrase scores lower.
 */

interface Rendered {
  readonly passage: string;
  readonly reference: string;
  readonly points: readonly string[];
  readonly style: number;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'] as const;

/** Core sentences in order with `count` fillers slotted in at random places (order of each kept). */
function mix(rng: Rng, core: readonly string[], fillers: readonly string[], count: number): string[] {
  const out = [...core];
  for (const filler of rng.shuffle(fillers).slice(0, count)) out.splice(rng.int(1, out.length - 1), 0, filler);
  return out;
}

function medical(rng: Rng, r: MedicalRecord): Rendered {
  const style = rng.int(0, 2);
  const fillers = [
    `入院时体温${rng.pick(['36.8', '37.5', '38.3', '39.1'])}℃，心率${rng.int(62, 108)}次/分。`,
    '既往无药物过敏史。',
    '住院期间患者饮食、睡眠尚可。',
    '家属全程陪护，配合治疗。',
    '住院期间未发生跌倒、压疮等不良事件。',
  ];
  const core =
    style === 0
      ? [
          `患者${r.name}，${r.sex}，${r.age}，因${r.symptom}${r.duration}于${r.admitDate}入住${r.hospital}${r.dept}。`,
          `完善${r.exam}等检查后，诊断为${r.diagnosis}。`,
          `给予${r.drug}口服，每次${r.dose}，${r.freq}，并予对症支持治疗。`,
          `经治疗后症状明显好转，于${r.dischargeDate}出院。`,
          `出院医嘱：${r.followUp}门诊复查，注意休息，低盐低脂饮食。主治医师：${r.doctor}。`,
        ]
      : style === 1
      ? [
          `【出院记录】${r.hospital}${r.dept}。姓名：${r.name}，${r.sex}，${r.age}。`,
          `入院情况：${r.admitDate}因${r.symptom}${r.duration}入院。`,
          `诊疗经过：行${r.exam}检查，诊断为${r.diagnosis}，予${r.drug}每次${r.dose}、${r.freq}口服治疗。`,
          `出院情况：症状好转，于${r.dischargeDate}出院。`,
          `出院医嘱：${r.followUp}复查。医师：${r.doctor}。`,
        ]
      : [
          `一、基本情况：${r.name}，${r.sex}，${r.age}，${r.admitDate}入住${r.hospital}${r.dept}，主诉${r.symptom}${r.duration}。`,
          `二、诊断：经${r.exam}等检查，确诊为${r.diagnosis}。`,
          `三、治疗：${r.drug}口服，每次${r.dose}，${r.freq}。`,
          `四、转归：病情好转，${r.dischargeDate}出院。`,
          `五、随访：${r.followUp}门诊复查（${r.doctor}医师）。`,
        ];
  return {
    passage: mix(rng, core, fillers, rng.int(2, 4)).join(''),
    reference: `患者${r.name}因${r.symptom}${r.duration}入院，诊断为${r.diagnosis}，经${r.drug}治疗后好转，于${r.dischargeDate}出院，嘱${r.followUp}复查。`,
    points: ['患者姓名', '主要症状', '诊断', '治疗药物', '出院日期', '复查安排'],
    style,
  };
}

function contract(rng: Rng, r: ContractRecord): Rendered {
  const style = rng.int(0, 2);
  const fillers = [
    '安全文明施工：承包人应遵守国家和地方有关安全生产的规定。',
    '争议解决：因本合同引起的争议，双方应协商解决；协商不成的，向工程所在地人民法院提起诉讼。',
    '合同份数：本合同一式八份，双方各执四份。',
    '材料供应：主要材料由承包人采购，进场前须经监理人检验。',
    '变更：发包人提出的设计变更，应提前七日书面通知承包人。',
  ];
  const core = [
    [
      `工程概况：发包人${r.owner}将${r.project}发包给承包人${r.contractor}。`,
      `合同双方：发包人为${r.owner}，承包人为${r.contractor}；工程名称为${r.project}。`,
      `工程承包：${r.contractor}（承包人）承建${r.owner}（发包人）的${r.project}。`,
    ][style] ?? '',
    `合同价款：签约合同价为${r.price}。`,
    `工期：计划开工日期为${r.startDate}，总工期${r.duration}。`,
    `进度款支付：发包人应在收到付款申请后${r.payDays}内支付。`,
    `质量保证金：按结算价款的${r.retention}预留。`,
    `项目经理：承包人指定${r.manager}为本工程项目经理。`,
  ];
  const clauses = mix(rng, core, fillers, rng.int(2, 4)).map((clause, index) => `第${NUMERALS[index] ?? String(index + 1)}条 ${clause}`);
  return {
    passage: clauses.join(''),
    reference: `${r.owner}将${r.project}发包给${r.contractor}，签约合同价${r.price}，${r.startDate}开工，工期${r.duration}，项目经理为${r.manager}。`,
    points: ['发包人', '承包人', '工程名称', '合同价', '开工日期与工期', '项目经理'],
    style,
  };
}

function opinion(rng: Rng, r: OpinionRecord): Rendered {
  const style = rng.int(0, 2);
  const fillers = [
    '部分网友在评论区上传了现场照片和视频。',
    '当地媒体对此事进行了跟踪报道。',
    '也有网友建议建立长效监管机制。',
    '截至发稿时，相关话题仍有少量讨论。',
    '有网友表示类似问题此前也曾出现过。',
  ];
  const core =
    style === 0
      ? [
          `${r.date}，有网友在${r.platform}发帖，反映${r.place}${r.issue}的问题。`,
          `帖子发布后阅读量超过${r.reads}。`,
          `${r.agency}接报后组织核查，确认问题属实，责任单位为${r.company}。`,
          `${r.agency}要求${r.company}${r.measure}，并在${r.deadline}完成整改。`,
          '目前舆情热度已明显下降。',
        ]
      : style === 1
      ? [
          `【舆情快报】${r.place}${r.issue}引发关注。`,
          `${r.date}，网友在${r.platform}发布相关帖子，阅读量超过${r.reads}。`,
          `经${r.agency}核查，责任单位为${r.company}。`,
          `处置要求：${r.company}${r.measure}，整改时限为${r.deadline}。`,
        ]
      : [
          `【舆情处置台账】首发：${r.date}，${r.platform}。`,
          `内容：${r.place}${r.issue}。热度：阅读量超过${r.reads}。`,
          `处置部门：${r.agency}。责任单位：${r.company}。`,
          `措施：${r.measure}；时限：${r.deadline}。`,
        ];
  return {
    passage: mix(rng, core, fillers, rng.int(2, 4)).join(''),
    reference: `${r.date}，网友在${r.platform}反映${r.place}${r.issue}，${r.agency}核查后要求${r.company}${r.measure}，限${r.deadline}完成整改。`,
    points: ['时间', '发帖平台', '地点与问题', '处置部门', '责任单位及整改要求'],
    style,
  };
}

function technical(rng: Rng, r: ArchiveRecord): Rendered {
  const style = rng.int(0, 2);
  const fillers = [
    `移交前，${r.unit}对全部案卷进行了自检。`,
    '接收时发现部分案卷的卷内目录填写不规范，已现场更正。',
    '电子档案同步移交，格式为PDF。',
    '档案入库前进行了消毒和除尘处理。',
    '本批档案包含竣工图、隐蔽工程验收记录和监理资料。',
  ];
  const core =
    style === 0
      ? [
          `${r.transferDate}，${r.unit}向${r.keeper}移交了${r.title}，共${r.volumes}。`,
          `该批档案的档号为${r.archiveNo}，由${r.archivist}整理立卷。`,
          `经鉴定，保管期限定为${r.retention}，存放于${r.location}。`,
          `利用方式：${r.access}。`,
        ]
      : style === 1
      ? [
          `【档案接收记录】接收单位：${r.keeper}。`,
          `${r.transferDate}接收${r.unit}移交的${r.title}${r.volumes}，档号${r.archiveNo}。`,
          `立卷人：${r.archivist}；保管期限：${r.retention}；存放位置：${r.location}；${r.access}。`,
        ]
      : [
          `${r.keeper}接收档案登记：题名${r.title}，档号${r.archiveNo}。`,
          `移交单位${r.unit}，移交日期${r.transferDate}，数量${r.volumes}。`,
          `整理立卷：${r.archivist}。保管期限${r.retention}，存放位置${r.location}，${r.access}。`,
        ];
  return {
    passage: mix(rng, core, fillers, rng.int(2, 4)).join(''),
    reference: `${r.unit}于${r.transferDate}向${r.keeper}移交${r.title}${r.volumes}，档号${r.archiveNo}，保管期限${r.retention}，存放于${r.location}。`,
    points: ['移交单位与日期', '接收单位', '档案名称与数量', '档号', '保管期限', '存放位置'],
    style,
  };
}

function render(rng: Rng, item: AnyRecord): Rendered {
  switch (item.category) {
    case 'medical-record':
      return medical(rng, item.record);
    case 'construction-contract':
      return contract(rng, item.record);
    case 'public-opinion':
      return opinion(rng, item.record);
    case 'technical-archive':
      return technical(rng, item.record);
  }
}

export const nlpSummary: SuiteGenerator = {
  file: 'chinese-nlp/nlp-summary.jsonl',
  seed: 'nlp-summary-1',
  generate(seed) {
    const rng = createRng(seed);
    return samplesByCategory(
      'sum',
      (category) => {
        const record = anyRecord(newCtx(rng), category);
        return { record, rendered: render(rng, record) };
      },
      (item) => item.rendered.passage,
      ({ record, rendered }, id, category) => ({
        id,
        category,
        input: rendered.passage,
        target: rendered.reference,
        metadata: {
          points: rendered.points,
          // Room for a slightly longer wording than the reference, in round tens.
          maxChars: Math.ceil((rendered.reference.length + 20) / 10) * 10,
          template: `${category}:${rendered.style}`,
          record: record.record,
        },
      }),
    );
  },
};
