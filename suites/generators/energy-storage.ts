import type { Calc, CalcMaker } from './manufacturing-kit.js';

/**
 * Storage and generation calculations: time-of-use bills, storage arbitrage, round-trip
 * efficiency, capacity factor, PV yield and storage duration.
 */

/**
 * A time-of-use tariff invented for these items (元/kWh). It is deliberately not any
 * province's tariff: real tables change every year and differ by voltage level, and
 * the questions state this one in full.
 */
export const TOU_TARIFF = { sharp: 1.35, peak: 1.1, flat: 0.7, valley: 0.32 } as const;

export const TOU_TEXT = `示意分时电价表（为本题虚构，仅用于计算，不代表任何地区的实际电价）：尖峰 ${TOU_TARIFF.sharp.toFixed(2)} 元/kWh，高峰 ${TOU_TARIFF.peak.toFixed(2)} 元/kWh，平段 ${TOU_TARIFF.flat.toFixed(2)} 元/kWh，低谷 ${TOU_TARIFF.valley.toFixed(2)} 元/kWh。`;

export const touBill: CalcMaker = function touBill(rng): Calc {
  const sharp = rng.int(0, 40) * 100 + rng.int(0, 99);
  const peak = rng.int(20, 200) * 100 + rng.int(0, 99);
  const flat = rng.int(20, 200) * 100 + rng.int(0, 99);
  const valley = rng.int(20, 250) * 100 + rng.int(0, 99);
  const value = sharp * TOU_TARIFF.sharp + peak * TOU_TARIFF.peak + flat * TOU_TARIFF.flat + valley * TOU_TARIFF.valley;
  const total = sharp + peak + flat + valley;
  return {
    kind: 'tou-bill',
    category: 'tou-tariff',
    question: `${TOU_TEXT}某工厂本月各时段用电量：尖峰 ${sharp} kWh，高峰 ${peak} kWh，平段 ${flat} kWh，低谷 ${valley} kWh。按上表计算，本月电度电费（不含基本电费和其他附加）是多少元？`,
    inputs: { sharp, peak, flat, valley },
    formula: 'Σ 各时段电量 × 该时段电价（示意电价表）',
    value,
    decimals: 2,
    unit: '元',
    mistakes: [total * TOU_TARIFF.flat, (total * (TOU_TARIFF.sharp + TOU_TARIFF.peak + TOU_TARIFF.flat + TOU_TARIFF.valley)) / 4],
  };
};

export const storageArbitrage: CalcMaker = function storageArbitrage(rng): Calc {
  const capacity = rng.pick([500, 1000, 2000, 3440, 5000, 10000]);
  const depth = rng.pick([0.85, 0.9, 0.95]);
  const efficiency = rng.real(0.82, 0.92, 2);
  const sharp = rng.next() < 0.4;
  const sell = sharp ? TOU_TARIFF.sharp : TOU_TARIFF.peak;
  const discharged = capacity * depth;
  const value = discharged * sell - (discharged / efficiency) * TOU_TARIFF.valley;
  return {
    kind: sharp ? 'arbitrage-sharp' : 'arbitrage-peak',
    category: 'storage-arbitrage',
    question: `${TOU_TEXT}某工商业储能系统额定容量 ${capacity} kWh，每天在低谷时段充电、在${sharp ? '尖峰' : '高峰'}时段放电一次，每次放电量为额定容量的 ${Math.round(depth * 100)}%，系统往返效率 ${Math.round(efficiency * 100)}%（充电量 = 放电量 / 往返效率）。按上表计算，每天的峰谷价差收益（放电节省电费 − 充电电费）是多少元？`,
    inputs: { capacity, depth, efficiency, sell, buy: TOU_TARIFF.valley },
    formula: 'R = E_d·p_sell − (E_d/η)·p_valley, E_d = capacity × DoD',
    value,
    decimals: 2,
    unit: '元',
    mistakes: [discharged * (sell - TOU_TARIFF.valley), discharged * sell - discharged * efficiency * TOU_TARIFF.valley],
  };
};

export const roundTrip: CalcMaker = function roundTrip(rng): Calc {
  const charged = rng.int(800, 12000);
  const ratio = rng.real(0.75, 0.93, 3);
  if (rng.next() < 0.5) {
    const discharged = Math.round(charged * ratio);
    return { kind: 'round-trip-efficiency', category: 'round-trip-efficiency', question: `某储能系统在一个完整循环中从电网充入 ${charged} kWh，随后向电网放出 ${discharged} kWh（起止 SOC 相同）。该系统的往返效率是多少？`, inputs: { charged, discharged }, formula: 'η = E_out / E_in × 100%', value: (discharged / charged) * 100, decimals: 1, unit: '%', mistakes: [(charged / discharged) * 100] };
  }
  const efficiency = Math.round(ratio * 100);
  const value = (charged * efficiency) / 100;
  return { kind: 'round-trip-output', category: 'round-trip-efficiency', question: `某储能系统往返效率为 ${efficiency}%。从电网充入 ${charged} kWh 后（起止 SOC 相同），可向电网放出多少电量？`, inputs: { charged, efficiency }, formula: 'E_out = E_in × η', value, decimals: 1, unit: 'kWh', mistakes: [charged / (efficiency / 100)] };
};

const PLANTS = [
  { name: '风电场', cf: [0.2, 0.4] },
  { name: '光伏电站', cf: [0.12, 0.2] },
] as const;

export const capacityFactor: CalcMaker = function capacityFactor(rng): Calc {
  const plant = rng.pick(PLANTS);
  const rated = rng.int(5, 80) * 5;
  const energy = Math.round(rated * 8760 * rng.real(plant.cf[0], plant.cf[1], 4));
  const stem = `某${plant.name}装机容量 ${rated} MW，全年上网电量 ${energy} MWh。`;
  if (rng.next() < 0.5) {
    return { kind: 'capacity-factor', category: 'capacity-factor', question: `${stem}按全年 8760 h 计算，该电站的容量系数是多少？`, inputs: { rated, energy }, formula: 'CF = E / (P·8760) × 100%', value: (energy / (rated * 8760)) * 100, decimals: 1, unit: '%', mistakes: [(energy / (rated * 8000)) * 100, (energy / (rated * 24 * 30 * 12)) * 100] };
  }
  return { kind: 'full-load-hours', category: 'capacity-factor', question: `${stem}该电站的年等效满负荷利用小时数是多少？`, inputs: { rated, energy }, formula: 'h = E / P', value: energy / rated, decimals: 0, unit: 'h', mistakes: [(energy / rated) * 0.9] };
};

export const pvYield: CalcMaker = function pvYield(rng): Calc {
  const area = rng.int(20, 2000) * 10;
  const efficiency = rng.real(0.18, 0.23, 3);
  const irradiation = rng.real(3, 6, 2);
  const ratio = rng.real(0.75, 0.85, 2);
  const daily = irradiation * area * efficiency * ratio;
  const stem = (period: string): string => `某屋顶光伏系统组件总面积 ${area} m²，组件转换效率 ${(efficiency * 100).toFixed(1)}%，系统综合效率（PR）${ratio}。当地${period}`;
  if (rng.next() < 0.5) {
    return { kind: 'pv-daily', category: 'pv-yield', question: `${stem(`某日倾斜面日辐照量 ${irradiation} kWh/m²`)}。按 E = H × A × η × PR 计算，当日发电量是多少？`, inputs: { area, efficiency, irradiation, ratio }, formula: 'E = H·A·η·PR', value: daily, decimals: 1, unit: 'kWh', mistakes: [irradiation * area * efficiency, irradiation * area * ratio] };
  }
  return { kind: 'pv-annual', category: 'pv-yield', question: `${stem(`倾斜面年平均日辐照量 ${irradiation} kWh/m²`)}。按 E = H × A × η × PR × 365 计算，年发电量是多少兆瓦时？`, inputs: { area, efficiency, irradiation, ratio }, formula: 'E = H·A·η·PR·365 / 1000', value: (daily * 365) / 1000, decimals: 2, unit: 'MWh', mistakes: [(irradiation * area * efficiency * 365) / 1000, daily / 1000] };
};

export const storageDuration: CalcMaker = function storageDuration(rng): Calc {
  const power = rng.pick([25, 50, 100, 150, 200]);
  const energy = power * rng.pick([1, 2, 2, 4]) + rng.pick([0, 0, 10, 20]);
  const low = rng.pick([5, 10, 15]);
  const high = rng.pick([90, 95, 100]);
  const value = (energy * (high - low)) / 100 / power;
  return {
    kind: 'storage-duration',
    category: 'storage-duration',
    question: `某储能电站额定功率 ${power} MW、额定容量 ${energy} MWh，运行允许的 SOC 区间为 ${low}%–${high}%。从 SOC ${high}% 以额定功率恒功率放电至 SOC ${low}%（不计放电损耗），可持续放电多少小时？`,
    inputs: { power, energy, low, high },
    formula: 't = E·(SOC_high − SOC_low) / P',
    value,
    decimals: 2,
    unit: 'h',
    mistakes: [energy / power, (energy * high) / 100 / power],
  };
};
