import type { Calc, CalcMaker } from './manufacturing-kit.js';

/**
 * Battery and semiconductor calculations: state of charge by coulomb counting, pack
 * energy, C-rate, gross dies per wafer and defect-limited yield.
 */

export const batterySoc: CalcMaker = function batterySoc(rng): Calc {
  const capacity = rng.pick([50, 100, 105, 150, 173, 202, 280]);
  const start = rng.int(20, 95);
  const current = rng.real(capacity * 0.05, capacity * 0.5, 1);
  const minutes = rng.int(10, 150);
  const charging = rng.next() < 0.4;
  const delta = ((current * minutes) / 60 / capacity) * 100;
  const value = charging ? start + delta : start - delta;
  const action = charging ? '充电' : '放电';
  return {
    kind: charging ? 'soc-charge' : 'soc-discharge',
    category: 'battery-soc',
    question: `一只额定容量为 ${capacity} Ah 的锂离子电池，当前荷电状态 SOC 为 ${start}%。以 ${current} A 恒流${action} ${minutes} min 后，按安时积分法（库仑计数，忽略库仑效率损失与自放电，以额定容量为基准）估算，SOC 是多少？`,
    inputs: { capacity, start, current, minutes },
    formula: charging ? 'SOC = SOC₀ + I·t/C × 100%' : 'SOC = SOC₀ − I·t/C × 100%',
    // A result outside 0–100 % would be a nonsense item: returning NaN makes drawCalc draw again.
    value: value > 2 && value < 99 ? value : Number.NaN,
    decimals: 1,
    unit: '%',
    // Counting the wrong way is the typical slip; kept only where it is still a possible SOC.
    mistakes: [charging ? start - delta : start + delta].filter((wrong) => wrong > 0 && wrong < 100),
  };
};

const CELLS = [
  { chemistry: '磷酸铁锂', voltage: 3.2 },
  { chemistry: '三元（NCM）', voltage: 3.65 },
  { chemistry: '三元（NCA）', voltage: 3.6 },
] as const;

export const packEnergy: CalcMaker = function packEnergy(rng): Calc {
  const cell = rng.pick(CELLS);
  const capacity = rng.pick([50, 100, 105, 150, 202, 280, 314]);
  const series = rng.int(8, 112);
  const parallel = rng.int(1, 4);
  const energy = (series * cell.voltage * parallel * capacity) / 1000;
  return {
    kind: 'pack-energy',
    category: 'battery-pack',
    question: `某电池包由标称电压 ${cell.voltage} V、容量 ${capacity} Ah 的${cell.chemistry}电芯按 ${series}S${parallel}P（${series} 串 ${parallel} 并）成组。该电池包的标称能量是多少？`,
    inputs: { voltage: cell.voltage, capacity, series, parallel },
    formula: 'E = S·V_cell × P·C_cell / 1000',
    value: energy,
    decimals: 2,
    unit: 'kWh',
    mistakes: [(series * cell.voltage * capacity) / 1000, (parallel * cell.voltage * capacity * series) / 100],
  };
};

export const cRate: CalcMaker = function cRate(rng): Calc {
  const capacity = rng.pick([2.5, 5, 20, 50, 100, 150, 280]);
  const variant = rng.int(0, 2);
  if (variant === 0) {
    const rate = rng.pick([0.2, 0.3, 0.5, 0.7, 1.5, 2, 3]);
    return { kind: 'c-rate-current', category: 'c-rate', question: `一只额定容量 ${capacity} Ah 的电芯以 ${rate}C 倍率恒流放电，放电电流是多少？`, inputs: { capacity, rate }, formula: 'I = C-rate × C', value: rate * capacity, decimals: 2, unit: 'A', mistakes: [capacity / rate] };
  }
  if (variant === 1) {
    const current = rng.real(capacity * 0.1, capacity * 3, 1);
    return { kind: 'c-rate-rate', category: 'c-rate', question: `一只额定容量 ${capacity} Ah 的电芯以 ${current} A 恒流充电，对应的充电倍率是多少 C？`, inputs: { capacity, current }, formula: 'C-rate = I / C', value: current / capacity, decimals: 2, unit: 'C', mistakes: [capacity / current] };
  }
  const rate = rng.pick([0.25, 0.3, 0.4, 0.6, 0.7, 0.8, 1.2, 1.5]);
  return { kind: 'c-rate-time', category: 'c-rate', question: `一只额定容量 ${capacity} Ah 的电芯从满电以 ${rate}C 恒流放电至额定容量全部放出，理论放电时间是多少分钟？`, inputs: { capacity, rate }, formula: 't = 60 / C-rate (min)', value: 60 / rate, decimals: 1, unit: 'min', mistakes: [60 * rate, 1 / rate] };
};

export const diePerWafer: CalcMaker = function diePerWafer(rng): Calc {
  const diameter = rng.pick([150, 200, 300]);
  const width = rng.real(3, 20, 1);
  const height = rng.real(3, 20, 1);
  const area = width * height;
  const gross = (Math.PI * (diameter / 2) ** 2) / area;
  const edge = (Math.PI * diameter) / Math.sqrt(2 * area);
  return {
    kind: 'die-per-wafer',
    category: 'die-per-wafer',
    question: `在直径 ${diameter} mm 的晶圆上布置尺寸为 ${width} mm × ${height} mm 的芯片（忽略划片道与边缘禁区）。按常用近似公式 DPW = π·(d/2)²/S − π·d/√(2S)（d 为晶圆直径，S 为单颗芯片面积），每片晶圆可得的毛芯片数是多少？`,
    inputs: { diameter, width, height },
    formula: 'DPW = floor(π(d/2)²/S − πd/√(2S))',
    value: gross - edge,
    decimals: 0,
    unit: '颗',
    rounding: 'floor',
    mistakes: [gross, gross - (Math.PI * diameter) / Math.sqrt(area)],
  };
};

export const waferYield: CalcMaker = function waferYield(rng): Calc {
  const density = rng.real(0.05, 0.6, 2);
  const area = rng.real(0.3, 3, 2);
  const product = density * area;
  const poisson = Math.exp(-product) * 100;
  const murphy = ((1 - Math.exp(-product)) / product) ** 2 * 100;
  const askMurphy = rng.next() < 0.5;
  const model = askMurphy ? '墨菲（Murphy）模型 Y = [(1 − e^(−D₀·A)) / (D₀·A)]²' : '泊松模型 Y = e^(−D₀·A)';
  return {
    kind: askMurphy ? 'yield-murphy' : 'yield-poisson',
    category: 'wafer-yield',
    question: `某芯片单颗面积 A = ${area} cm²，工艺缺陷密度 D₀ = ${density} 个/cm²。按${model}估算，该芯片的良率是多少？`,
    inputs: { density, area },
    formula: askMurphy ? 'Y = ((1 − e^(−D₀A)) / (D₀A))²' : 'Y = e^(−D₀A)',
    value: askMurphy ? murphy : poisson,
    decimals: 2,
    unit: '%',
    mistakes: askMurphy ? [poisson, Math.sqrt(murphy / 100) * 100] : [murphy, (1 - product) * 100],
  };
};
