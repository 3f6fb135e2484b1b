import { round } from './lib.js';
import type { Calc, CalcMaker } from './manufacturing-kit.js';

/**
 * Machinery and materials calculations: stress, strain and Young's modulus of a round
 * bar, linear thermal expansion, two-stage gear trains, cutting speed (v = πDn/1000).
 * Material constants are stated in the question where handbooks disagree on them.
 */

const BAR_MATERIALS = [
  { name: '低碳钢', modulus: [200, 210], stress: [60, 200] },
  { name: '铝合金', modulus: [68, 72], stress: [30, 120] },
  { name: '钛合金', modulus: [105, 116], stress: [80, 300] },
  { name: '黄铜', modulus: [95, 110], stress: [40, 150] },
] as const;

export const stressStrain: CalcMaker = function stressStrain(rng): Calc {
  const material = rng.pick(BAR_MATERIALS);
  const diameter = rng.int(8, 30);
  const area = (Math.PI * diameter ** 2) / 4;
  const force = round((rng.real(material.stress[0], material.stress[1], 1) * area) / 1000, 1);
  const stress = (force * 1000) / area;
  const length = rng.pick([50, 100, 150, 200]);
  const variant = rng.int(0, 2);
  const stem = `直径 ${diameter} mm 的${material.name}圆棒受轴向拉力 F = ${force} kN`;
  // Mistakes: the area taken as d² (no π/4) or as πd²; they are the usual slips.
  if (variant === 0) {
    return { kind: 'stress', category: 'stress-strain', question: `${stem}，其横截面上的正应力是多少？`, inputs: { diameter, force }, formula: 'σ = F / (πd²/4)', value: stress, decimals: 1, unit: 'MPa', mistakes: [(force * 1000) / (Math.PI * diameter ** 2), (force * 1000) / diameter ** 2] };
  }
  const modulus = rng.real(material.modulus[0], material.modulus[1], 0);
  if (variant === 1) {
    // ΔL is shown to 3 decimals; E is recomputed from the shown value, not from the drawn modulus.
    const elongation = round((stress * length) / (modulus * 1000), 3);
    const value = (stress / (elongation / length)) / 1000;
    return { kind: 'youngs-modulus', category: 'stress-strain', question: `${stem}，标距 L₀ = ${length} mm 段在弹性范围内伸长 ΔL = ${elongation} mm。由此测得的弹性模量 E 是多少？`, inputs: { diameter, force, length, elongation }, formula: 'E = (F/A) / (ΔL/L₀)', value, decimals: 1, unit: 'GPa', mistakes: [(value * Math.PI) / 4, value / 4] };
  }
  const elongation = ((stress * length) / (modulus * 1000)) * 1000;
  return { kind: 'elongation', category: 'stress-strain', question: `${stem}，材料弹性模量 E = ${modulus} GPa，处于弹性范围。长 L₀ = ${length} mm 段的伸长量是多少微米？`, inputs: { diameter, force, length, modulus }, formula: 'ΔL = F·L₀ / (A·E)', value: elongation, decimals: 1, unit: 'μm', mistakes: [(elongation * Math.PI) / 4, elongation * 4] };
};

const EXPANSION = [
  { name: '碳钢', alpha: 11.7 },
  { name: '铝合金', alpha: 23.1 },
  { name: '紫铜', alpha: 16.8 },
  { name: '304 不锈钢', alpha: 17.3 },
  { name: '钛合金', alpha: 8.6 },
  { name: '殷钢（因瓦合金）', alpha: 1.3 },
] as const;

export const thermalExpansion: CalcMaker = function thermalExpansion(rng): Calc {
  const material = rng.pick(EXPANSION);
  const length = rng.int(100, 3000);
  const from = rng.int(15, 25);
  const to = from + rng.int(10, 180);
  const value = (material.alpha * length * (to - from)) / 1000;
  return {
    kind: 'thermal-expansion',
    category: 'thermal-expansion',
    question: `一根长 ${length} mm 的${material.name}构件，线膨胀系数 α = ${material.alpha} × 10⁻⁶ /°C。温度从 ${from} °C 均匀升到 ${to} °C（自由膨胀），其长度增加多少微米？`,
    inputs: { alpha: material.alpha, length, from, to },
    formula: 'ΔL = α·L₀·ΔT',
    value,
    decimals: 1,
    unit: 'μm',
    mistakes: [(material.alpha * length * to) / 1000, (material.alpha * length * (to + from)) / 1000],
  };
};

export const gearTrain: CalcMaker = function gearTrain(rng): Calc {
  const teeth = [rng.int(15, 30), rng.int(40, 90), rng.int(15, 30), rng.int(40, 90)] as const;
  const [z1, z2, z3, z4] = teeth;
  const ratio = (z2 / z1) * (z4 / z3);
  const stem = `两级圆柱齿轮减速器：第一级主动轮 z₁ = ${z1}、从动轮 z₂ = ${z2}，第二级主动轮 z₃ = ${z3}、从动轮 z₄ = ${z4}（z₂ 与 z₃ 同轴）。`;
  const variant = rng.int(0, 2);
  if (variant === 0) {
    return { kind: 'gear-ratio', category: 'gear-train', question: `${stem}总传动比 i 是多少？`, inputs: { z1, z2, z3, z4 }, formula: 'i = (z₂/z₁)(z₄/z₃)', value: ratio, decimals: 2, unit: '', mistakes: [z2 / z1 + z4 / z3, (z1 / z2) * (z4 / z3)] };
  }
  if (variant === 1) {
    const speed = rng.pick([960, 1450, 1470, 2900, 2940]);
    return { kind: 'gear-speed', category: 'gear-train', question: `${stem}输入轴转速 ${speed} r/min，输出轴转速是多少？`, inputs: { z1, z2, z3, z4, speed }, formula: 'n_out = n_in / i', value: speed / ratio, decimals: 1, unit: 'r/min', mistakes: [speed / (z2 / z1 + z4 / z3), speed / ((z2 / z1) * (z3 / z4))] };
  }
  const torque = rng.real(10, 200, 1);
  const efficiency = rng.real(0.9, 0.98, 2);
  return {
    kind: 'gear-torque',
    category: 'gear-train',
    question: `${stem}输入转矩 ${torque} N·m，传动总效率 η = ${efficiency}。输出转矩是多少？`,
    inputs: { z1, z2, z3, z4, torque, efficiency },
    formula: 'T_out = T_in · i · η',
    value: torque * ratio * efficiency,
    decimals: 1,
    unit: 'N·m',
    mistakes: [torque * ratio, (torque * ratio) / efficiency],
  };
};

export const cuttingSpeed: CalcMaker = function cuttingSpeed(rng): Calc {
  const diameter = rng.int(10, 200);
  if (rng.next() < 0.5) {
    const speed = rng.int(20, 300) * 10;
    const value = (Math.PI * diameter * speed) / 1000;
    return { kind: 'cutting-speed', category: 'cutting-speed', question: `车削直径 ${diameter} mm 的工件，主轴转速 n = ${speed} r/min。按 v = πDn/1000 计算，切削速度是多少？`, inputs: { diameter, speed }, formula: 'v = πDn/1000', value, decimals: 1, unit: 'm/min', mistakes: [value / 60, (diameter * speed) / 1000] };
  }
  const cutting = rng.int(6, 30) * 10;
  const value = (1000 * cutting) / (Math.PI * diameter);
  return { kind: 'spindle-speed', category: 'cutting-speed', question: `用硬质合金刀具车削直径 ${diameter} mm 的工件，推荐切削速度 v = ${cutting} m/min。按 v = πDn/1000 反算，主轴转速 n 应为多少？`, inputs: { diameter, cutting }, formula: 'n = 1000v/(πD)', value, decimals: 0, unit: 'r/min', mistakes: [(1000 * cutting) / diameter, (cutting * Math.PI * diameter) / 1000] };
};
