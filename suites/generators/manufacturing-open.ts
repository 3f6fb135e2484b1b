import type { Sample } from '../types.js';
import type { Rng } from './lib.js';
import { packEnergy } from './manufacturing-cells.js';
import { answerOf, type Calc, type CalcMaker, fixed, inputOf, onlyKind, type OpenScenario, openItems } from './manufacturing-kit.js';
import { capability, oee, toleranceStack } from './manufacturing-quality.js';

/**
 * Open-ended manufacturing items: a short report built on one calculation. The
 * computed value is the required fact; the reference answer is generated from the
 * same numbers so a reviewer can compare.
 */


export const goodDies: CalcMaker = function goodDies(rng: Rng): Calc {
  const diameter = rng.pick([200, 300]);
  const width = rng.real(4, 16, 1);
  const height = rng.real(4, 16, 1);
  const density = rng.real(0.05, 0.4, 2);
  const area = width * height;
  const dpw = Math.floor((Math.PI * (diameter / 2) ** 2) / area - (Math.PI * diameter) / Math.sqrt(2 * area));
  const yieldRate = Math.exp(-density * (area / 100));
  return {
    kind: 'good-dies',
    category: 'wafer-yield',
    question: `在直径 ${diameter} mm 的晶圆上布置 ${width} mm × ${height} mm 的芯片。先按近似公式 DPW = π·(d/2)²/S − π·d/√(2S) 求毛芯片数并向下取整，再按泊松良率模型 Y = e^(−D₀·A)（D₀ = ${density} 个/cm²，A 为单颗芯片面积，以 cm² 计）估算，每片晶圆的良品芯片数约为多少？`,
    inputs: { diameter, width, height, density },
    formula: 'good = floor(π(d/2)²/S − πd/√(2S)) × e^(−D₀·S/100)',
    value: dpw * yieldRate,
    decimals: 0,
    unit: '颗',
  };
};

const SCENARIOS: readonly OpenScenario[] = [
  {
    category: 'capability-report',
    make: onlyKind('cpk', capability),
    task: '以质量工程师的身份写一段 150 字左右的说明：判断该过程是否满足客户 Cpk ≥ 1.33 的要求，并提出两条改进建议。',
    reference: (calc, fact) => {
      const usl = inputOf(calc, 'usl');
      const lsl = inputOf(calc, 'lsl');
      const mean = inputOf(calc, 'mean');
      const sigma = inputOf(calc, 'sigma');
      const cp = (usl - lsl) / (6 * sigma);
      const ok = answerOf(calc) >= 1.33;
      return `Cpk = min(USL − μ, μ − LSL)/(3σ) = ${fact}（Cp = ${fixed(cp, 2)}）。${ok ? '满足' : '不满足'}客户 Cpk ≥ 1.33 的要求。${Math.abs(mean - (usl + lsl) / 2) > 0.1 * (usl - lsl) ? '过程均值偏离规格中心，首先应调整设定值使过程居中；' : '过程基本居中，'}其次应通过减小波动（如稳定原材料、改进夹具、加强设备点检）降低 σ，并持续用控制图监控。`;
    },
  },
  {
    category: 'oee-report',
    make: oee,
    task: '写一段 150 字左右的交班报告：给出本班 OEE，指出时间开动率、性能开动率、合格品率三者中哪一项损失最大，并提出改善方向。',
    reference: (calc, fact) => {
      const planned = inputOf(calc, 'planned');
      const run = planned - inputOf(calc, 'down');
      const total = inputOf(calc, 'total');
      const rates = [
        { name: '时间开动率', value: run / planned, fix: '减少故障和换型停机（如 SMED 快速换型、预防性维护）' },
        { name: '性能开动率', value: (inputOf(calc, 'cycle') * total) / (run * 60), fix: '消除小停机和降速运行' },
        { name: '合格品率', value: (total - inputOf(calc, 'defects')) / total, fix: '分析不良原因并改进工艺' },
      ].sort((a, b) => a.value - b.value);
      const worst = rates[0] ?? { name: '', value: 0, fix: '' };
      return `本班 OEE = ${fact}%。三项中${worst.name}最低（${fixed(worst.value * 100, 1)}%），损失最大，建议${worst.fix}。`;
    },
  },
  {
    category: 'battery-spec',
    make: packEnergy,
    task: '为产品规格书写一段 100–150 字的电池包参数说明，包括成组方式、标称电压、标称容量和标称能量。',
    reference: (calc, fact) =>
      `电池包采用 ${inputOf(calc, 'series')} 串 ${inputOf(calc, 'parallel')} 并成组，标称电压 ${fixed(inputOf(calc, 'series') * inputOf(calc, 'voltage'), 1)} V，标称容量 ${inputOf(calc, 'parallel') * inputOf(calc, 'capacity')} Ah，标称能量 ${fact} kWh。`,
  },
  {
    category: 'wafer-output-brief',
    make: goodDies,
    task: '向客户写一段 150 字左右的产能估算说明，包括毛芯片数、良率和每片良品数，并说明芯片面积增大时良率如何变化。',
    reference: (calc, fact) => {
      const area = inputOf(calc, 'width') * inputOf(calc, 'height');
      const diameter = inputOf(calc, 'diameter');
      const gross = Math.floor((Math.PI * (diameter / 2) ** 2) / area - (Math.PI * diameter) / Math.sqrt(2 * area));
      const rate = Math.exp((-inputOf(calc, 'density') * area) / 100) * 100;
      return `毛芯片数约 ${gross} 颗，泊松模型良率约 ${fixed(rate, 1)}%，每片晶圆约可得良品芯片 ${fact} 颗。芯片面积越大，D₀·A 越大，良率按指数规律下降，且晶圆边缘损失的比例也更高。`;
    },
  },
  {
    category: 'tolerance-review',
    make: onlyKind('tolerance-rss', toleranceStack),
    task: '写一段 150 字左右的设计评审意见：与极值法的结果比较，并说明在什么条件下可以采用 RSS 法。',
    reference: (calc, fact) => {
      const tolerances = calc.inputs['tolerances'];
      const worst = Array.isArray(tolerances) ? tolerances.reduce((sum: number, tol: number) => sum + tol, 0) : Number.NaN;
      return `按 RSS 法总长公差为 ± ${fact} μm，小于极值法的 ± ${worst} μm。RSS 法假设各尺寸相互独立、近似正态且过程受控，适用于组成环较多、大批量生产的场合；若为小批量或安全关键尺寸，应采用极值法。`;
    },
  },
];

export function manufacturingOpenItems(seed: string, perScenario: number): Sample[] {
  return openItems(seed, 'mfg-open', SCENARIOS, perScenario);
}
