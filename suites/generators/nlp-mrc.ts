import { createRng } from './lib.js';
import { type Category, newCtx, samplesByCategory } from './nlp-core.js';
import { type AnyRecord, anyRecord, type ArchiveRecord, type ContractRecord, type MedicalRecord, occurrences, type OpinionRecord } from './nlp-records.js';
import type { SuiteGenerator } from './types.js';

/**
 * Extractive reading comprehension: a passage rendered from a record (two styles per
 * domain: running text and a field list), a question about one field, and the field's
 * text as the answer span (first in the target list; a few questions also accept the
 * span with or without its unit or qualifier). The answer occurs exactly once.
 */

interface Question<R> {
  readonly field: string;
  readonly question: string;
  readonly answers: (record: R) => readonly string[];
}

interface Kit<R> {
  readonly passages: readonly ((record: R) => string)[];
  readonly questions: readonly Question<R>[];
}

const q = <R>(field: string, question: string, answers: (record: R) => readonly string[]): Question<R> => ({ field, question, answers });

const medical: Kit<MedicalRecord> = {
  passages: [
    (r) =>
      `患者${r.name}，${r.sex}，${r.age}，因${r.symptom}${r.duration}于${r.admitDate}入住${r.hospital}${r.dept}。入院后行${r.exam}检查，诊断为${r.diagnosis}。住院期间给予${r.drug}口服，每次${r.dose}，${r.freq}，症状逐渐缓解。患者于${r.dischargeDate}出院，主治医师为${r.doctor}。出院医嘱：${r.followUp}门诊复查，如有不适随时就诊。`,
    (r) =>
      `【病案摘要】姓名：${r.name}；性别：${r.sex}；年龄：${r.age}。入院日期：${r.admitDate}；出院日期：${r.dischargeDate}。就诊医院：${r.hospital}；科室：${r.dept}。主诉：${r.symptom}${r.duration}。辅助检查：${r.exam}。出院诊断：${r.diagnosis}。出院带药：${r.drug}，每次${r.dose}，${r.freq}。主治医师：${r.doctor}。随访安排：${r.followUp}复查。`,
  ],
  questions: [
    q('diagnosis', '患者的诊断是什么？', (r) => [r.diagnosis]),
    q('admitDate', '患者是哪一天入院的？', (r) => [r.admitDate]),
    q('dischargeDate', '患者是哪一天出院的？', (r) => [r.dischargeDate]),
    q('drug', '记录中给患者使用的药物是什么？', (r) => [r.drug]),
    q('dose', '所用药物每次的剂量是多少？', (r) => [r.dose]),
    q('doctor', '患者的主治医师是谁？', (r) => [r.doctor]),
    q('hospital', '患者在哪家医院就诊？', (r) => [r.hospital]),
    q('followUp', '医嘱要求患者什么时候复查？', (r) => [r.followUp]),
    q('symptom', '患者因什么症状就诊？', (r) => [r.symptom, `${r.symptom}${r.duration}`]),
    q('exam', '患者做了什么辅助检查？', (r) => [r.exam]),
  ],
};

const contract: Kit<ContractRecord> = {
  passages: [
    (r) =>
      `第一条 工程概况：发包人${r.owner}将${r.project}发包给承包人${r.contractor}。第二条 合同价款：签约合同价为${r.price}。第三条 工期：计划开工日期为${r.startDate}，总工期${r.duration}。第四条 进度款支付：发包人应在收到承包人付款申请后${r.payDays}内支付。第五条 质量保证金：按结算价款的${r.retention}预留。第六条 违约责任：承包人逾期竣工的，每逾期一日向发包人支付违约金${r.penalty}。第七条 项目经理：承包人指定${r.manager}为本工程项目经理。第八条 保修：除主体结构外，其余部分保修期为${r.warranty}。`,
    (r) =>
      `【合同摘要】工程名称：${r.project}。发包人：${r.owner}；承包人：${r.contractor}。签约合同价：${r.price}。开工日期：${r.startDate}；工期：${r.duration}。付款期限：收到付款申请后${r.payDays}内。质量保证金比例：${r.retention}。逾期违约金：每日${r.penalty}。项目经理：${r.manager}。保修期（主体结构除外）：${r.warranty}。`,
  ],
  questions: [
    q('contractor', '本工程的承包人是哪家单位？', (r) => [r.contractor]),
    q('owner', '本工程的发包人是哪家单位？', (r) => [r.owner]),
    q('price', '签约合同价是多少？', (r) => [r.price]),
    q('startDate', '计划开工日期是哪一天？', (r) => [r.startDate]),
    q('duration', '合同工期是多少？', (r) => [r.duration]),
    q('payDays', '发包人应在收到付款申请后多长时间内支付进度款？', (r) => [r.payDays, `${r.payDays}内`]),
    q('retention', '质量保证金按结算价款的多少比例预留？', (r) => [r.retention]),
    q('penalty', '承包人逾期竣工，每日的违约金是多少？', (r) => [r.penalty]),
    q('manager', '本工程的项目经理是谁？', (r) => [r.manager]),
    q('warranty', '主体结构以外部分的保修期是多长？', (r) => [r.warranty]),
  ],
};

const opinion: Kit<OpinionRecord> = {
  passages: [
    (r) =>
      `【舆情简报】${r.date}，有网友在${r.platform}发帖，反映${r.place}${r.issue}的问题。帖子发布后阅读量超过${r.reads}，评论中多数网友表达了相同诉求。${r.agency}接报后组织核查，确认问题属实，责任单位为${r.company}。处置部门已要求责任单位${r.measure}，并在${r.deadline}完成整改。目前舆情热度已明显下降。`,
    (r) =>
      `【网络舆情处置记录】事件：${r.place}${r.issue}。首发平台：${r.platform}；首发时间：${r.date}。传播情况：阅读量超过${r.reads}。处置部门：${r.agency}。责任单位：${r.company}。处置措施：${r.measure}。整改时限：${r.deadline}。`,
  ],
  questions: [
    q('platform', '网友最早在哪个平台发帖？', (r) => [r.platform]),
    q('place', '网友反映的问题发生在什么地方？', (r) => [r.place]),
    q('agency', '由哪个部门负责处置？', (r) => [r.agency]),
    q('company', '责任单位是哪家？', (r) => [r.company]),
    q('reads', '帖子的阅读量超过了多少？', (r) => [r.reads]),
    q('deadline', '要求在多长时间内完成整改？', (r) => [r.deadline]),
    q('measure', '对责任单位提出了什么处置要求？', (r) => [r.measure]),
    q('date', '帖子是哪一天发布的？', (r) => [r.date]),
    q('issue', '网友反映的是什么问题？', (r) => [r.issue, `${r.place}${r.issue}`]),
  ],
};

const technical: Kit<ArchiveRecord> = {
  passages: [
    (r) =>
      `档号：${r.archiveNo}。题名：${r.title}。移交单位：${r.unit}。接收单位：${r.keeper}。移交日期：${r.transferDate}。数量：${r.volumes}。保管期限：${r.retention}。存放位置：${r.location}。立卷人：${r.archivist}。利用方式：${r.access}。`,
    (r) =>
      `${r.transferDate}，${r.unit}向${r.keeper}移交了${r.title}，共${r.volumes}，档号为${r.archiveNo}。档案由${r.archivist}整理立卷，保管期限定为${r.retention}，存放于${r.location}，${r.access}。`,
  ],
  questions: [
    q('archiveNo', '这批档案的档号是什么？', (r) => [r.archiveNo]),
    q('unit', '这批档案是由哪个单位移交的？', (r) => [r.unit]),
    q('keeper', '哪个单位接收了这批档案？', (r) => [r.keeper]),
    q('transferDate', '档案是哪一天移交的？', (r) => [r.transferDate]),
    q('volumes', '这批档案共有多少卷？', (r) => [r.volumes]),
    q('retention', '这批档案的保管期限是多久？', (r) => [r.retention]),
    q('location', '这批档案存放在什么位置？', (r) => [r.location]),
    q('archivist', '这批档案的立卷人是谁？', (r) => [r.archivist]),
    q('access', '这批档案的利用方式是什么？', (r) => [r.access]),
  ],
};

interface Built {
  readonly passage: string;
  readonly question: string;
  readonly answers: readonly string[];
  readonly template: string;
}

function build<R>(kit: Kit<R>, record: R, category: Category, pick: <T>(items: readonly T[]) => T, int: (min: number, max: number) => number): Built {
  const style = int(0, kit.passages.length - 1);
  const question = pick(kit.questions);
  const render = kit.passages[style];
  if (!render) throw new Error('no passage style');
  return { passage: render(record), question: question.question, answers: question.answers(record), template: `${category}:${style}:${question.field}` };
}

function buildFor(item: AnyRecord, pick: <T>(items: readonly T[]) => T, int: (min: number, max: number) => number): Built {
  switch (item.category) {
    case 'medical-record':
      return build(medical, item.record, item.category, pick, int);
    case 'construction-contract':
      return build(contract, item.record, item.category, pick, int);
    case 'public-opinion':
      return build(opinion, item.record, item.category, pick, int);
    case 'technical-archive':
      return build(technical, item.record, item.category, pick, int);
  }
}

export const nlpMrc: SuiteGenerator = {
  file: 'chinese-nlp/nlp-mrc.jsonl',
  seed: 'nlp-mrc-1',
  generate(seed) {
    const rng = createRng(seed);
    return samplesByCategory(
      'mrc',
      (category) => {
        // A record whose answer would occur twice is drawn again: a span question needs one span.
        for (let attempt = 0; attempt < 100; attempt += 1) {
          const built = buildFor(anyRecord(newCtx(rng), category), rng.pick, rng.int);
          const [answer] = built.answers;
          if (answer !== undefined && occurrences(built.passage, answer) === 1) return built;
        }
        throw new Error(`no unambiguous ${category} item in 100 draws`);
      },
      (item) => item.passage,
      ({ passage, question, answers, template }, id, category) => ({
        id,
        category,
        input: passage,
        target: [...answers],
        metadata: { question, template, answerStart: passage.indexOf(answers[0] ?? '') },
      }),
    );
  },
};
