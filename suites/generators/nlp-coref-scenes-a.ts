import { type Ctx, pieceText } from './nlp-core.js';
import { couple, employer, honorific, type Mention, org, other, personAnaphors, pronoun, type Scene, sex, typed } from './nlp-coref-kit.js';
import { CASES, city, company, date, disease, government, hospital, money, person, place } from './nlp-lexicon.js';

/** Coreference scenes of the medical-record and construction-contract domains (see nlp-coref-kit.ts). */

export function outpatient(ctx: Ctx): Scene {
  const patientGender = ctx.rng.pick(['m', 'f'] as const);
  const patient = person(ctx, patientGender);
  const relativeGender = other(patientGender);
  const relative = person(ctx, relativeGender);
  const kin = ctx.rng.pick(relativeGender === 'f' ? (['妻子', '女儿'] as const) : (['丈夫', '儿子'] as const));
  const where = pieceText(hospital(ctx));
  const maker = pieceText(company(ctx, 'pharma'));
  const clinical = ctx.rng.pick(CASES);
  const medicine = ctx.rng.pick(clinical.drugs);
  const p: Mention = { text: patient.name, kind: 'person', gender: patient.gender };
  const r: Mention = { text: relative.name, kind: 'person', gender: relative.gender };
  const h = org(where, 'hospital');
  const c = org(maker, 'company');
  return {
    name: 'outpatient',
    setup: [
      `${pieceText(date(ctx))}，患者${patient.name}，${sex(patientGender)}，${ctx.rng.int(28, 86)}岁，因${ctx.rng.pick(clinical.symptoms)}${ctx.rng.int(2, 9)}天到${where}就诊。`,
      `陪同就诊的是患者的${kin}${relative.name}。`,
      `处方中的${medicine}由${maker}生产。`,
    ],
    fillers: [`门诊完善了${ctx.rng.pick(clinical.exams)}检查。`, `初步诊断为${clinical.diagnosis}。`, `当日体温${ctx.rng.pick(['37.8', '38.2', '38.6', '36.9'])}℃，血压平稳。`],
    mentions: [p, r, h, c],
    anaphors: [
      { form: pronoun(patientGender), antecedent: p, sentence: `${pronoun(patientGender)}自述既往对青霉素类药物过敏。`, constraint: 'gender' },
      { form: pronoun(relativeGender), antecedent: r, sentence: `${pronoun(relativeGender)}在住院知情同意书上签了字。`, constraint: 'gender' },
      typed('该院', h, '该院随后为患者办理了住院手续。'),
      typed('该公司', c, '该公司提供了这批药品的检验报告。'),
    ],
  };
}

export function handover(ctx: Ctx): Scene {
  const [a, b] = couple(ctx);
  const where = pieceText(hospital(ctx));
  const h = org(where, 'hospital');
  const bed = (mention: Mention, reason: string) => `${ctx.rng.int(1, 40)}床患者${mention.text}，${sex(mention.gender ?? 'm')}，${ctx.rng.int(30, 90)}岁，${reason}。`;
  return {
    name: 'handover',
    setup: [
      `${pieceText(date(ctx))}，${where}${ctx.rng.pick(['心内科', '呼吸科', '消化科', '普外科'])}夜班交接记录如下。`,
      bed(a, `因${pieceText(disease(ctx))}入院第${ctx.rng.int(2, 9)}天`),
      bed(b, `因${pieceText(disease(ctx))}入院观察`),
    ],
    fillers: ['两名患者夜间生命体征平稳。', '夜间病区未发生跌倒等不良事件。', `病区当晚新收患者${ctx.rng.int(1, 4)}名。`],
    mentions: [a, b, h],
    anaphors: [
      ...personAnaphors([a, b], (form) => `凌晨${ctx.rng.int(1, 5)}时${form}诉${ctx.rng.pick(['胸闷', '腹痛', '头痛', '心慌'])}，已按医嘱处理。`),
      typed('该院', h, '该院已将上述情况录入护理记录。'),
    ],
  };
}

export function signing(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const owner = employer(ctx);
  const builder = org(pieceText(company(ctx, 'contractor')), 'company');
  return {
    name: 'signing',
    setup: [
      `${pieceText(date(ctx))}，${owner.mention.text}与${builder.text}签订了${pieceText(place(ctx))}${ctx.rng.pick(['综合楼', '教学楼', '门诊楼', '体育馆'])}工程施工合同。`,
      `合同约定工期为${ctx.rng.int(180, 720)}日历天，签约合同价为${pieceText(money(ctx, 'large'))}。`,
      `承包人委派${x.text}${honorific(x.gender ?? 'm')}担任项目经理，发包人代表为${y.text}${honorific(y.gender ?? 'm')}。`,
    ],
    fillers: [`工程于${pieceText(date(ctx))}正式开工。`, `施工过程中共发生${ctx.rng.int(2, 6)}次设计变更。`, `主体结构于${pieceText(date(ctx, true, 120))}顺利封顶。`],
    mentions: [owner.mention, builder, x, y],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}于${pieceText(date(ctx, false, 200))}签收了监理通知单。`),
      typed('该公司', builder, '因钢材供应延误，该公司提出了工期顺延申请。'),
      typed(owner.form, owner.mention, `${owner.form}${owner.unit}对此进行了复核。`),
    ],
  };
}

export function dispute(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const owner = employer(ctx);
  const builder = org(pieceText(company(ctx, 'contractor')), 'company');
  const station = org(`${city(ctx).full}建设工程质量监督站`, 'station');
  return {
    name: 'dispute',
    setup: [
      `${pieceText(date(ctx))}，${builder.text}向${owner.mention.text}发出付款催告函。`,
      `函中称，第${ctx.rng.int(2, 6)}期进度款${pieceText(money(ctx, 'large'))}已逾期${ctx.rng.int(15, 90)}日未付。`,
      `催告函由承包人的项目经理${x.text}${honorific(x.gender ?? 'm')}签发，${owner.mention.text}的基建负责人${y.text}${honorific(y.gender ?? 'm')}确认收到了函件。`,
      `${station.text}此前已对已完工程进行了质量监督抽查。`,
    ],
    fillers: ['双方对已完工程量没有异议。', '合同约定进度款应在审核完成后二十八日内支付。'],
    mentions: [builder, owner.mention, x, y, station],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}随后参加了双方的协调会。`),
      typed('该公司', builder, '该公司保留依法主张逾期付款利息的权利。'),
      typed(owner.form, owner.mention, `${owner.form}承诺在月底前完成支付。`),
      typed('该站', station, '该站出具的抽查记录显示质量合格。'),
    ],
  };
}

export function claim(ctx: Ctx): Scene {
  const patientGender = ctx.rng.pick(['m', 'f'] as const);
  const patient = person(ctx, patientGender);
  const relativeGender = other(patientGender);
  const relative = person(ctx, relativeGender);
  const kin = ctx.rng.pick(relativeGender === 'f' ? (['妻子', '女儿'] as const) : (['丈夫', '儿子'] as const));
  const p: Mention = { text: patient.name, kind: 'person', gender: patientGender };
  const r: Mention = { text: relative.name, kind: 'person', gender: relativeGender };
  const local = city(ctx).full;
  const h = org(pieceText(hospital(ctx, false, local)), 'hospital');
  const bureau = org(pieceText(government(ctx, ['医保局'], local)), 'government');
  const insurer = org(pieceText(company(ctx, 'insurance')), 'company');
  return {
    name: 'claim',
    setup: [
      `${pieceText(date(ctx))}，患者${patient.name}，${sex(patientGender)}，${ctx.rng.int(30, 85)}岁，在${h.text}完成${ctx.rng.pick(CASES).diagnosis}的治疗后出院。`,
      `出院后，患者的${kin}${relative.name}代为办理费用报销。`,
      `基本医疗保险部分由${bureau.text}审核，商业保险部分向${insurer.text}申请理赔。`,
    ],
    fillers: [`住院总费用为${ctx.rng.int(8000, 90000)}元。`, '报销材料包括出院小结、费用清单和发票。'],
    mentions: [p, h, r, bureau, insurer],
    anaphors: [
      ...personAnaphors([p, r], (form) => `${form}在${ctx.rng.int(5, 20)}个工作日后收到了理赔款。`),
      typed('该院', h, '该院为此出具了费用明细清单。'),
      typed('该局', bureau, `该局核定的报销比例为${ctx.rng.pick(['60%', '70%', '80%'])}。`),
      typed('该公司', insurer, '该公司要求补充提交病理报告。'),
    ],
  };
}

export function inspection(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const local = city(ctx).full;
  const bureau = org(pieceText(government(ctx, ['住建局'], local)), 'government');
  const builder = org(pieceText(company(ctx, 'contractor')), 'company');
  const institute = org(`${city(ctx).full}建筑设计院`, 'institute');
  return {
    name: 'inspection',
    setup: [
      `${pieceText(date(ctx))}，${bureau.text}对${pieceText(place(ctx, local))}${ctx.rng.pick(['住宅楼', '办公楼', '教学楼'])}工程开展安全生产检查。`,
      `检查组由${y.text}${honorific(y.gender ?? 'm')}带队，施工方由安全员${x.text}${honorific(x.gender ?? 'm')}陪同。`,
      `受检工程由${builder.text}承建，由${institute.text}设计。`,
    ],
    fillers: [`检查发现脚手架连墙件设置不足等${ctx.rng.int(3, 12)}项隐患。`, `现场共抽查了${ctx.rng.int(4, 15)}个作业面。`],
    mentions: [bureau, y, x, builder, institute],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}在整改通知书上签了字。`),
      typed('该局', bureau, `该局责令施工方在${ctx.rng.int(3, 15)}日内完成整改。`),
      typed('该公司', builder, '该公司随后组织了全员安全教育。'),
      typed('该院', institute, '该院派人复核了脚手架的设计计算书。'),
    ],
  };
}
