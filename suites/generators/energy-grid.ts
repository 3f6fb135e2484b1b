import type { Calc, CalcMaker } from './manufacturing-kit.js';

/**
 * Power-grid calculations: three-phase power, line losses, power-factor correction,
 * load factor, transformer loading and kWh ↔ tce conversion. Voltages are line-to-line
 * and loads balanced throughout, as the questions state.
 */

const VOLTAGES = [
  { kv: 0.38, label: '380 V', current: [20, 400] },
  { kv: 10, label: '10 kV', current: [20, 400] },
  { kv: 35, label: '35 kV', current: [20, 300] },
] as const;

export const threePhasePower: CalcMaker = function threePhasePower(rng): Calc {
  const level = rng.pick(VOLTAGES);
  const cosPhi = rng.real(0.75, 0.95, 2);
  const askCurrent = rng.next() < 0.4;
  if (!askCurrent) {
    const current = rng.int(level.current[0], level.current[1]);
    const value = Math.sqrt(3) * level.kv * current * cosPhi;
    return {
      kind: 'three-phase-power',
      category: 'three-phase-power',
      question: `某三相对称负载接于线电压 ${level.label} 的电网，线电流 ${current} A，功率因数 cosφ = ${cosPhi}。该负载吸收的有功功率是多少？`,
      inputs: { voltageKv: level.kv, current, cosPhi },
      formula: 'P = √3·U·I·cosφ',
      value,
      decimals: 2,
      unit: 'kW',
      mistakes: [level.kv * current * cosPhi, 3 * level.kv * current * cosPhi, Math.sqrt(3) * level.kv * current],
    };
  }
  const power = rng.int(20, 4000);
  const value = power / (Math.sqrt(3) * level.kv * cosPhi);
  return {
    kind: 'three-phase-current',
    category: 'three-phase-power',
    question: `某三相对称负载接于线电压 ${level.label} 的电网，有功功率 ${power} kW，功率因数 cosφ = ${cosPhi}。线电流是多少？`,
    inputs: { voltageKv: level.kv, power, cosPhi },
    formula: 'I = P / (√3·U·cosφ)',
    value,
    decimals: 1,
    unit: 'A',
    mistakes: [power / (level.kv * cosPhi), power / (3 * level.kv * cosPhi), power / (Math.sqrt(3) * level.kv)],
  };
};

export const lineLoss: CalcMaker = function lineLoss(rng): Calc {
  const length = rng.real(0.5, 15, 1);
  const perKm = rng.pick([0.06, 0.12, 0.19, 0.27, 0.42]);
  const current = rng.int(40, 400);
  const resistance = perKm * length;
  const value = (3 * current ** 2 * resistance) / 1000;
  return {
    kind: 'line-loss',
    category: 'line-loss',
    question: `一条三相输电线路长 ${length} km，导线单位长度电阻 r₀ = ${perKm} Ω/km，三相对称运行时线电流为 ${current} A。线路的有功功率损耗 ΔP = 3I²R 是多少？`,
    inputs: { length, perKm, current },
    formula: 'ΔP = 3·I²·r₀·L / 1000',
    value,
    decimals: 2,
    unit: 'kW',
    mistakes: [value / 3, (Math.sqrt(3) * current ** 2 * resistance) / 1000],
  };
};

export const pfCorrection: CalcMaker = function pfCorrection(rng): Calc {
  const power = rng.int(100, 2000);
  const before = rng.real(0.65, 0.85, 2);
  const after = rng.pick([0.9, 0.92, 0.95, 0.98]);
  const tan = (cos: number): number => Math.sqrt(1 - cos * cos) / cos;
  const value = power * (tan(before) - tan(after));
  return {
    kind: 'pf-correction',
    category: 'power-factor-correction',
    question: `某车间有功负荷 P = ${power} kW，功率因数 cosφ₁ = ${before}。为将功率因数提高到 cosφ₂ = ${after}，需并联补偿的无功容量 Qc = P(tanφ₁ − tanφ₂) 是多少？`,
    inputs: { power, before, after },
    formula: 'Qc = P·(tanφ₁ − tanφ₂)',
    value,
    decimals: 1,
    unit: 'kvar',
    mistakes: [power * tan(before), power * (Math.sqrt(1 - before ** 2) - Math.sqrt(1 - after ** 2))],
  };
};

export const loadFactor: CalcMaker = function loadFactor(rng): Calc {
  const peak = rng.int(200, 5000);
  const monthly = rng.next() < 0.5;
  const days = monthly ? rng.pick([28, 30, 31]) : 1;
  const hours = days * 24;
  const energy = Math.round(peak * hours * rng.real(0.35, 0.9, 3));
  const span = monthly ? `某月（${days} 天）` : '某日';
  return {
    kind: 'load-factor',
    category: 'load-factor',
    question: `某企业${span}用电量为 ${energy} kWh，该期间最大负荷为 ${peak} kW。该期间的负荷率（平均负荷 / 最大负荷）是多少？`,
    inputs: { energy, peak, hours },
    formula: 'LF = E / (P_max·T) × 100%',
    value: (energy / (peak * hours)) * 100,
    decimals: 1,
    unit: '%',
    // Taking every month as 30 days is the usual slip.
    mistakes: monthly && days !== 30 ? [(energy / (peak * 720)) * 100] : [],
  };
};

export const transformerLoading: CalcMaker = function transformerLoading(rng): Calc {
  const rated = rng.pick([315, 400, 500, 630, 800, 1000, 1250, 1600, 2000]);
  const cosPhi = rng.real(0.8, 0.95, 2);
  if (rng.next() < 0.5) {
    const power = Math.round(rated * cosPhi * rng.real(0.3, 1.05, 3));
    return {
      kind: 'transformer-loading-power',
      category: 'transformer-loading',
      question: `一台额定容量 ${rated} kVA 的配电变压器，所带负荷有功功率 ${power} kW，功率因数 ${cosPhi}。该变压器的负载率 β = S/Sₙ 是多少？`,
      inputs: { rated, power, cosPhi },
      formula: 'β = P / (cosφ·Sₙ) × 100%',
      value: (power / (cosPhi * rated)) * 100,
      decimals: 1,
      unit: '%',
      mistakes: [(power / rated) * 100, ((power * cosPhi) / rated) * 100],
    };
  }
  const current = Math.round(((rated * rng.real(0.3, 1.05, 3)) / (Math.sqrt(3) * 0.4)));
  return {
    kind: 'transformer-loading-current',
    category: 'transformer-loading',
    question: `一台额定容量 ${rated} kVA、低压侧额定电压 0.4 kV 的配电变压器，实测低压侧三相对称线电流 ${current} A。该变压器的负载率 β = S/Sₙ 是多少？`,
    inputs: { rated, current, voltageKv: 0.4 },
    formula: 'β = √3·U·I / Sₙ × 100%',
    value: ((Math.sqrt(3) * 0.4 * current) / rated) * 100,
    decimals: 1,
    unit: '%',
    mistakes: [((0.4 * current) / rated) * 100, ((3 * 0.4 * current) / rated) * 100],
  };
};

/** GB/T 2589-2020: electricity converted at its heat equivalent (当量值), 0.1229 kgce/kWh. */
export const KGCE_PER_KWH = 0.1229;

export const kwhTce: CalcMaker = function kwhTce(rng): Calc {
  const coefficient = `按电力折标准煤当量值系数 ${KGCE_PER_KWH} kgce/(kW·h) 计算`;
  if (rng.next() < 0.6) {
    const kwh = rng.int(10, 5000) * 1000 + rng.int(0, 999);
    const value = (kwh * KGCE_PER_KWH) / 1000;
    return { kind: 'kwh-to-tce', category: 'energy-conversion', question: `某企业年用电量 ${kwh} kWh，${coefficient}，折合标准煤多少吨（tce）？`, inputs: { kwh, coefficient: KGCE_PER_KWH }, formula: 'tce = kWh × 0.1229 / 1000', value, decimals: 2, unit: 'tce', mistakes: [value * 10, value / 10, (kwh * 0.404) / 1000] };
  }
  const tce = rng.real(5, 800, 1);
  const value = (tce * 1000) / KGCE_PER_KWH;
  return { kind: 'tce-to-kwh', category: 'energy-conversion', question: `${coefficient}，${tce} tce 相当于多少千瓦时电量？`, inputs: { tce, coefficient: KGCE_PER_KWH }, formula: 'kWh = tce × 1000 / 0.1229', value, decimals: 0, unit: 'kWh', mistakes: [tce * 1000 * KGCE_PER_KWH, value / 10] };
};
