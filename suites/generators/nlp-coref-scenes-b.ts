import { type Ctx, pieceText } from './nlp-core.js';
import { couple, honorific, org, personAnaphors, type Scene, school, typed } from './nlp-coref-kit.js';
import { archive, city, company, date, government, place } from './nlp-lexicon.js';

/** Coreference scenes of the public-opinion and technical-archive domains (see nlp-coref-kit.ts). */

export function noise(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const local = city(ctx).full;
  const bureau = org(pieceText(government(ctx, ['城管局'], local)), 'government');
  const builder = org(pieceText(company(ctx, 'contractor')), 'company');
  return {
    name: 'noise',
    setup: [
      `${pieceText(date(ctx))}，${pieceText(place(ctx, local))}某小区居民${x.text}${honorific(x.gender ?? 'm')}在政务服务平台发帖，反映小区旁工地夜间施工噪声扰民。`,
      `帖子发出后，同小区的${y.text}${honorific(y.gender ?? 'm')}也留言称深受困扰。`,
      `${bureau.text}随即到现场进行了核查。`,
      `涉事工地由${builder.text}负责施工。`,
    ],
    fillers: [`帖子当天的浏览量超过${ctx.rng.int(2, 30)}万次。`, '现场监测显示，夜间噪声超过了规定限值。'],
    mentions: [x, y, bureau, builder],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}希望夜间十点以后工地能够停止作业。`),
      typed('该公司', builder, '该公司承诺立即调整作业时间。'),
      typed('该局', bureau, '该局对施工方下达了责令整改通知书。'),
    ],
  };
}

export function parkingFee(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const manager = org(pieceText(company(ctx, 'property')), 'company');
  const bureau = org(pieceText(government(ctx, ['市场监管局'])), 'government');
  return {
    name: 'parking-fee',
    setup: [
      `${pieceText(date(ctx))}，网友${x.text}${honorific(x.gender ?? 'm')}发帖称，${manager.text}擅自将小区停车费上调了${ctx.rng.pick(['20%', '30%', '50%'])}。`,
      `业主代表${y.text}${honorific(y.gender ?? 'm')}随后组织业主收集了缴费凭证。`,
      `${bureau.text}接到投诉后介入调查。`,
    ],
    fillers: [`这条帖子在本地论坛的阅读量超过${ctx.rng.int(2, 20)}万。`, '调查发现，调价前未按规定进行公示。'],
    mentions: [x, y, manager, bureau],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}将调查结果转发到了业主群。`),
      typed('该公司', manager, '该公司随后退还了多收的费用。'),
      typed('该局', bureau, '该局依法对涉事企业作出了警告处罚。'),
    ],
  };
}

export function consultation(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const client = org(pieceText(company(ctx, 'contractor')), 'company');
  const keeper = org(pieceText(archive(ctx)), 'archive');
  const institute = org(`${city(ctx).full}建筑设计院`, 'institute');
  return {
    name: 'consultation',
    setup: [
      `${pieceText(date(ctx))}，${client.text}的工程师${y.text}${honorific(y.gender ?? 'm')}到${keeper.text}查阅${pieceText(place(ctx))}大桥的竣工档案。`,
      `档案员${x.text}${honorific(x.gender ?? 'm')}负责办理此次查阅手续。`,
      `所查图纸由${institute.text}于${ctx.rng.int(1995, 2015)}年编制。`,
    ],
    fillers: ['部分图纸因年代久远出现褪色。', '按规定，档案原件不得带出阅览室。', `查阅共涉及图纸${ctx.rng.int(12, 160)}张。`],
    mentions: [client, y, keeper, x, institute],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}随后在登记簿上签了名。`),
      typed('该公司', client, '该公司计划利用这批图纸开展桥梁检测。'),
      typed('该馆', keeper, '该馆已于去年完成了这批图纸的数字化。'),
      typed('该院', institute, '该院保留着图纸的电子底稿。'),
    ],
  };
}

export function transfer(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const local = city(ctx).full;
  const institute = org(`${city(ctx).full}建筑设计院`, 'institute');
  const keeper = org(pieceText(archive(ctx, local)), 'archive');
  const vendor = org(pieceText(company(ctx, 'software')), 'company');
  return {
    name: 'transfer',
    setup: [
      `${pieceText(date(ctx))}，${institute.text}向${keeper.text}移交了${pieceText(place(ctx, local))}隧道工程的全部技术档案。`,
      `移交清单由项目负责人${y.text}${honorific(y.gender ?? 'm')}签字确认。`,
      `${keeper.text}的鉴定组组长${x.text}${honorific(x.gender ?? 'm')}对档案进行了逐卷核对。`,
      `数字化加工由${vendor.text}承担。`,
    ],
    fillers: [`核对中发现${ctx.rng.int(2, 9)}卷案卷缺少卷内目录。`, '全部档案按永久期限保管。'],
    mentions: [institute, keeper, y, x, vendor],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}在移交书上注明了需要补充的材料。`),
      typed('该公司', vendor, '该公司按合同约定完成了扫描和著录。'),
      typed('该馆', keeper, `该馆将档案存入了${ctx.rng.int(1, 9)}号库房。`),
      typed('该院', institute, '该院承诺在一个月内补交缺失的目录。'),
    ],
  };
}

export function crossing(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const local = city(ctx).full;
  const campus = school(ctx, local);
  const bureau = org(pieceText(government(ctx, ['住建局'], local)), 'government');
  const builder = org(pieceText(company(ctx, 'contractor')), 'company');
  return {
    name: 'crossing',
    setup: [
      `${pieceText(date(ctx))}，网友${x.text}${honorific(x.gender ?? 'm')}在本地论坛发帖称，${campus.text}门口的人行横道没有信号灯，学生过马路很危险。`,
      `学生家长${y.text}${honorific(y.gender ?? 'm')}在帖子下补充了上下学高峰时段的车流情况。`,
      `${bureau.text}回复称，门前道路的改造工程由${builder.text}施工。`,
    ],
    fillers: [`帖子发布当天即获得了${ctx.rng.int(30, 400)}条回复。`, '实地观察显示，高峰时段车流量较大。'],
    mentions: [x, campus, y, bureau, builder],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}表示会继续关注信号灯的安装进度。`),
      typed('该校', campus, '该校已安排教师在路口值守。'),
      typed('该局', bureau, '该局承诺在一个月内增设信号灯。'),
      typed('该公司', builder, '该公司表示将优先完成路口段施工。'),
    ],
  };
}

export function audit(ctx: Ctx): Scene {
  const [x, y] = couple(ctx);
  const local = city(ctx).full;
  const bureau = org(pieceText(government(ctx, ['档案局'], local)), 'government');
  const keeper = org(pieceText(archive(ctx, local)), 'archive');
  const vendor = org(pieceText(company(ctx, 'software')), 'company');
  return {
    name: 'audit',
    setup: [
      `${pieceText(date(ctx))}，${bureau.text}对${keeper.text}的数字化外包项目进行了检查。`,
      `外包服务商为${vendor.text}，项目负责人是${y.text}${honorific(y.gender ?? 'm')}。`,
      `馆方质检员${x.text}${honorific(x.gender ?? 'm')}介绍了抽检情况。`,
    ],
    fillers: [`本次共抽检扫描图像${ctx.rng.int(200, 3000)}幅。`, '抽检中发现少量图像存在倾斜。'],
    mentions: [bureau, keeper, vendor, y, x],
    anaphors: [
      ...personAnaphors([x, y], (form) => `${form}提交了整改后的质检报告。`),
      typed('该局', bureau, '该局要求在季度末前完成全部整改。'),
      typed('该馆', keeper, '该馆将抽检结果录入了档案管理系统。'),
      typed('该公司', vendor, '该公司对倾斜图像进行了重新扫描。'),
    ],
  };
}
