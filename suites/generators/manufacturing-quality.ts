import { round, type Rng } from './lib.js';
import type { Calc, CalcMaker } from './manufacturing-kit.js';

/**
 * Quality-engineering calculations: X̄-R control limits, process capability, OEE,
 * tolerance stacking, DPMO and sigma level, unit conversion.
 */

/** X̄-R chart factors for subgroup sizes 2–10, as printed in the usual SPC tables (3-decimal values). */
export const SPC_CONSTANTS: Readonly<Record<number, { readonly A2: number; readonly D3: number; readonly D4: number }>> = {
  2: { A2: 1.88, D3: 0, D4: 3.267 },
  3: { A2: 1.023, D3: 0, D4: 2.574 },
  4: { A2: 0.729, D3: 0, D4: 2.282 },
  5: { A2: 0.577, D3: 0, D4: 2.114 },
  6: { A2: 0.483, D3: 0, D4: 2.004 },
  7: { A2: 0.419, D3: 0.076, D4: 1.924 },
  8: { A2: 0.373, D3: 0.136, D4: 1.864 },
  9: { A2: 0.337, D3: 0.184, D4: 1.816 },
  10: { A2: 0.308, D3: 0.223, D4: 1.777 },
};

function factors(n: number): { A2: number; D3: number; D4: number } {
  const found = SPC_CONSTANTS[n];
  if (!found) throw new Error(`no SPC factors for n = ${n}`);
  return found;
}

const CHARACTERISTICS = [
  { name: '灌装净含量', unit: 'g', mean: [495, 505], range: [2, 12] },
  { name: '螺栓拧紧扭矩', unit: 'N·m', mean: [40, 60], range: [1, 5] },
  { name: '注塑件单件重量', unit: 'g', mean: [20, 80], range: [0.5, 3] },
  { name: '涂层厚度', unit: 'μm', mean: [25, 60], range: [2, 8] },
] as const;

const LIMITS = {
  'spc-ucl-x': { label: 'X̄ 图的上控制限（UCL）', formula: 'UCL_X̄ = X̿ + A2·R̄' },
  'spc-lcl-x': { label: 'X̄ 图的下控制限（LCL）', formula: 'LCL_X̄ = X̿ − A2·R̄' },
  'spc-ucl-r': { label: 'R 图的上控制限（UCL）', formula: 'UCL_R = D4·R̄' },
  'spc-lcl-r': { label: 'R 图的下控制限（LCL）', formula: 'LCL_R = D3·R̄' },
} as const;

function limitValue(kind: keyof typeof LIMITS, xbar: number, rbar: number, n: number): number {
  const { A2, D3, D4 } = factors(n);
  if (kind === 'spc-ucl-x') return xbar + A2 * rbar;
  if (kind === 'spc-lcl-x') return xbar - A2 * rbar;
  return (kind === 'spc-ucl-r' ? D4 : D3) * rbar;
}

export const spcLimits: CalcMaker = function spcLimits(rng): Calc {
  const item = rng.pick(CHARACTERISTICS);
  const n = rng.int(2, 10);
  const groups = rng.int(20, 30);
  const xbar = rng.real(item.mean[0], item.mean[1], 2);
  const rbar = rng.real(item.range[0], item.range[1], 2);
  // LCL of the R chart is 0 for n ≤ 6 (D3 = 0): only asked where it is a real calculation.
  const kind = rng.pick(n >= 7 ? (['spc-ucl-x', 'spc-lcl-x', 'spc-ucl-r', 'spc-lcl-r'] as const) : (['spc-ucl-x', 'spc-lcl-x', 'spc-ucl-r'] as const));
  const { A2, D3, D4 } = factors(n);
  const neighbours = [n - 1, n + 1].filter((size) => size >= 2 && size <= 10);
  return {
    kind,
    category: 'spc',
    question: `某工序用 X̄-R 控制图监控${item.name}，子组样本量 n = ${n}，共采集 ${groups} 个子组，得到总平均值 X̿ = ${xbar} ${item.unit}，平均极差 R̄ = ${rbar} ${item.unit}。按常用控制图系数表（A2、D3、D4）计算，${LIMITS[kind].label}是多少？`,
    inputs: { n, xbarbar: xbar, rbar, A2, D3, D4 },
    formula: LIMITS[kind].formula,
    value: limitValue(kind, xbar, rbar, n),
    decimals: 2,
    unit: item.unit,
    mistakes: neighbours.map((size) => limitValue(kind, xbar, rbar, size)),
  };
};

export const capability: CalcMaker = function capability(rng): Calc {
  const nominal = rng.pick([8, 12, 16, 20, 25, 30, 40, 50]);
  const half = rng.pick([0.02, 0.03, 0.04, 0.05, 0.08, 0.1]);
  const sigma = round(half * rng.real(0.15, 0.45, 3), 4);
  const mean = round(nominal + half * rng.real(-0.6, 0.6, 3), 3);
  const usl = round(nominal + half, 3);
  const lsl = round(nominal - half, 3);
  const cp = (usl - lsl) / (6 * sigma);
  const cpk = Math.min(usl - mean, mean - lsl) / (3 * sigma);
  const askCpk = rng.next() < 0.6;
  const stem = `某轴类零件直径规格为 ${nominal} ± ${half} mm（LSL = ${lsl} mm，USL = ${usl} mm）。过程稳定且近似服从正态分布，过程均值 μ = ${mean} mm，标准差 σ = ${sigma} mm。`;
  return {
    kind: askCpk ? 'cpk' : 'cp',
    category: 'process-capability',
    question: `${stem}该过程的过程能力指数 ${askCpk ? 'Cpk' : 'Cp'} 是多少？`,
    inputs: { usl, lsl, mean, sigma },
    formula: askCpk ? 'Cpk = min(USL − μ, μ − LSL) / (3σ)' : 'Cp = (USL − LSL) / (6σ)',
    value: askCpk ? cpk : cp,
    decimals: 2,
    unit: '',
    mistakes: askCpk ? [cp, (Math.min(usl - mean, mean - lsl) / (6 * sigma))] : [cpk, (usl - lsl) / (3 * sigma)],
  };
};

export const oee: CalcMaker = function oee(rng): Calc {
  const planned = rng.pick([420, 450, 480, 510, 540, 600]);
  const down = rng.int(15, 90);
  const cycle = rng.int(20, 90);
  const run = planned - down;
  const capacity = Math.floor((run * 60) / cycle);
  const total = rng.int(Math.ceil(capacity * 0.75), Math.floor(capacity * 0.98));
  const defects = rng.int(Math.max(1, Math.round(total * 0.005)), Math.max(2, Math.round(total * 0.05)));
  const availability = run / planned;
  const performance = (cycle * total) / (run * 60);
  const quality = (total - defects) / total;
  return {
    kind: 'oee',
    category: 'oee',
    question: `某设备一个班的计划生产时间为 ${planned} min，其间故障与换型停机共 ${down} min；理想节拍为 ${cycle} s/件，本班共生产 ${total} 件，其中不合格品 ${defects} 件。按 OEE = 时间开动率 × 性能开动率 × 合格品率计算，该设备本班的 OEE 是多少？`,
    inputs: { planned, down, cycle, total, defects },
    formula: 'OEE = (planned − down)/planned × cycle·total/((planned − down)·60) × (total − defects)/total',
    value: availability * performance * quality * 100,
    decimals: 1,
    unit: '%',
    mistakes: [availability * performance * 100, availability * quality * 100, performance * quality * 100],
  };
};

export const toleranceStack: CalcMaker = function toleranceStack(rng): Calc {
  const count = rng.int(3, 5);
  const nominals = Array.from({ length: count }, () => rng.int(5, 80));
  const tolerances = Array.from({ length: count }, () => rng.pick([10, 15, 20, 25, 30, 40, 50, 60, 80, 100]));
  const worst = tolerances.reduce((sum, tol) => sum + tol, 0);
  const rss = Math.sqrt(tolerances.reduce((sum, tol) => sum + tol * tol, 0));
  const rssAsked = rng.next() < 0.5;
  const dims = nominals.map((nominal, index) => `${nominal} ± ${((tolerances[index] ?? 0) / 1000).toFixed(3)} mm`).join('、');
  const method = rssAsked ? '按均方根法（RSS，各尺寸相互独立）' : '按极值法（最坏情况）';
  return {
    kind: rssAsked ? 'tolerance-rss' : 'tolerance-worst',
    category: 'tolerance-stack',
    question: `${count} 个零件沿同一方向串联装配，总长为各尺寸之和，各组成尺寸为 ${dims}。${method}计算，总长的公差为 ± 多少 μm？`,
    inputs: { nominals, tolerances },
    formula: rssAsked ? 'T = √(Σ tᵢ²)' : 'T = Σ tᵢ',
    value: rssAsked ? rss : worst,
    decimals: rssAsked ? 1 : 0,
    unit: 'μm',
    mistakes: rssAsked ? [worst, rss / Math.sqrt(count)] : [rss, worst / count],
  };
};

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const at = (list: readonly number[], index: number): number => list[index] ?? 0;
  const tail = (q: number): number =>
    (((((at(c, 0) * q + at(c, 1)) * q + at(c, 2)) * q + at(c, 3)) * q + at(c, 4)) * q + at(c, 5)) / ((((at(d, 0) * q + at(d, 1)) * q + at(d, 2)) * q + at(d, 3)) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((at(a, 0) * r + at(a, 1)) * r + at(a, 2)) * r + at(a, 3)) * r + at(a, 4)) * r + at(a, 5)) * q) / (((((at(b, 0) * r + at(b, 1)) * r + at(b, 2)) * r + at(b, 3)) * r + at(b, 4)) * r + 1);
}

export const dpmoSigma: CalcMaker = function dpmoSigma(rng: Rng): Calc {
  const units = rng.int(200, 5000);
  const opportunities = rng.int(2, 12);
  const defects = Math.max(1, Math.round((10 ** rng.real(2.3, 4.7, 3) * units * opportunities) / 1e6));
  const dpmo = (defects / (units * opportunities)) * 1e6;
  const sigmaAsked = rng.next() < 0.5;
  const stem = `抽检 ${units} 件产品，每件有 ${opportunities} 个缺陷机会，共发现 ${defects} 个缺陷。`;
  if (!sigmaAsked) {
    return { kind: 'dpmo', category: 'dpmo-sigma', question: `${stem}该批产品的 DPMO（每百万机会缺陷数）是多少？`, inputs: { units, opportunities, defects }, formula: 'DPMO = defects / (units × opportunities) × 10⁶', value: dpmo, decimals: 1, unit: '', mistakes: [(defects / units) * 1e6, dpmo / 10] };
  }
  const z = normalQuantile(1 - dpmo / 1e6);
  return {
    kind: 'sigma-level',
    category: 'dpmo-sigma',
    question: `${stem}先求 DPMO，再按 1.5σ 偏移惯例换算西格玛水平：σ 水平 = Φ⁻¹(1 − DPMO/10⁶) + 1.5（Φ 为标准正态分布函数）。该过程的西格玛水平是多少？`,
    inputs: { units, opportunities, defects },
    formula: 'σ = Φ⁻¹(1 − defects/(units·opportunities)) + 1.5',
    value: z + 1.5,
    decimals: 2,
    unit: '',
    mistakes: [z, z + 3],
  };
};

const CONVERSIONS = {
  'convert-in-mm': { from: 'in', to: 'mm', draw: (rng: Rng) => rng.real(0.25, 12, 3), apply: (v: number) => v * 25.4, decimals: 2, note: '' },
  'convert-mm-in': { from: 'mm', to: 'in（英寸）', draw: (rng: Rng) => rng.int(20, 600), apply: (v: number) => v / 25.4, decimals: 2, note: '' },
  'convert-psi-mpa': { from: 'psi', to: 'MPa', draw: (rng: Rng) => rng.int(300, 6000), apply: (v: number) => v * 0.00689475729, decimals: 2, note: '' },
  'convert-lbfft-nm': { from: 'lbf·ft', to: 'N·m', draw: (rng: Rng) => rng.int(10, 400), apply: (v: number) => v * 1.3558179483, decimals: 1, note: '' },
  'convert-f-c': { from: '°F', to: '°C', draw: (rng: Rng) => rng.int(60, 900), apply: (v: number) => ((v - 32) * 5) / 9, decimals: 1, note: '' },
  'convert-kgf-n': { from: 'kgf', to: 'N', draw: (rng: Rng) => rng.real(1, 500, 1), apply: (v: number) => v * 9.80665, decimals: 1, note: '（按标准重力加速度 9.80665 m/s²）' },
  'convert-hp-kw': { from: 'hp', to: 'kW', draw: (rng: Rng) => rng.int(2, 300), apply: (v: number) => v * 0.7457, decimals: 2, note: '（1 hp = 745.7 W）' },
} as const;

export const unitConversion: CalcMaker = function unitConversion(rng): Calc {
  const kind = rng.pick(Object.keys(CONVERSIONS) as (keyof typeof CONVERSIONS)[]);
  const conversion = CONVERSIONS[kind];
  const value = conversion.draw(rng);
  const unit = conversion.to.replace('（英寸）', '');
  return {
    kind,
    category: 'unit-conversion',
    question: `将 ${value} ${conversion.from} 换算为 ${conversion.to}${conversion.note}，结果是多少？`,
    inputs: { value },
    formula: `${conversion.from} → ${unit}`,
    value: conversion.apply(value),
    decimals: conversion.decimals,
    unit,
  };
};
