import type { Sample } from '../types.js';
import { kwhTce, pfCorrection } from './energy-grid.js';
import { pvYield, storageArbitrage, touBill, TOU_TARIFF } from './energy-storage.js';
import { fixed, inputOf, onlyKind, type OpenScenario, openItems } from './manufacturing-kit.js';

/**
 * Open-ended energy items: advice or a short analysis built on one calculation, whose
 * computed value is the required fact. References are generated from the same numbers.
 */


const SCENARIOS: readonly OpenScenario[] = [
  {
    category: 'pf-correction-proposal',
    make: pfCorrection,
    task: '写一段 150 字左右的技术建议：说明所需补偿容量、补偿装置的选型思路（如并联电容器组或 SVG），以及提高功率因数带来的好处。',
    reference: (calc, fact) =>
      `需补偿无功容量 Qc = P(tanφ₁ − tanφ₂) = ${fact} kvar，可将功率因数由 ${inputOf(calc, 'before')} 提高到 ${inputOf(calc, 'after')}。负荷较平稳时可选分组自动投切的并联电容器组，负荷波动大或有谐波时宜选 SVG。提高功率因数可减小线路电流和线损、释放变压器容量，并避免力调电费考核。`,
  },
  {
    category: 'storage-business-case',
    make: storageArbitrage,
    task: '为业主写一段 150 字左右的收益分析：说明收益来源、往返效率对收益的影响以及主要风险。',
    reference: (calc, fact) =>
      `每天放电 ${fixed(inputOf(calc, 'capacity') * inputOf(calc, 'depth'), 0)} kWh，需从电网充入放电量 / 往返效率的电量；峰谷价差收益约 ${fact} 元/天。收益来自低谷充电、${inputOf(calc, 'sell') === TOU_TARIFF.sharp ? '尖峰' : '高峰'}放电的价差；往返效率越低，充电成本越高、收益越少。主要风险包括电价政策调整、电池容量衰减和实际可用循环次数不足。`,
  },
  {
    category: 'tou-bill-advice',
    make: touBill,
    task: '写一段 150 字左右的用电分析：说明各时段电费构成，并提出移峰填谷的建议。',
    reference: (calc, fact) =>
      `本月电度电费 ${fact} 元，其中尖峰 ${fixed(inputOf(calc, 'sharp') * TOU_TARIFF.sharp, 2)} 元、高峰 ${fixed(inputOf(calc, 'peak') * TOU_TARIFF.peak, 2)} 元、平段 ${fixed(inputOf(calc, 'flat') * TOU_TARIFF.flat, 2)} 元、低谷 ${fixed(inputOf(calc, 'valley') * TOU_TARIFF.valley, 2)} 元。建议把可调节的生产工序和蓄冷蓄热负荷移到低谷时段，尽量避开尖峰时段用电，必要时配置储能。`,
  },
  {
    category: 'pv-feasibility',
    make: onlyKind('pv-annual', pvYield),
    task: '写一段 150 字左右的可行性简述：说明发电量的估算依据和影响实际发电量的主要因素。',
    reference: (calc, fact) =>
      `按 E = H × A × η × PR × 365 估算，年发电量约 ${fact} MWh（H = ${inputOf(calc, 'irradiation')} kWh/m²·d，A = ${inputOf(calc, 'area')} m²）。实际发电量受辐照资源年际波动、组件温度与衰减、遮挡和积灰、逆变器效率及限电等因素影响。`,
  },
  {
    category: 'energy-audit-note',
    make: onlyKind('kwh-to-tce', kwhTce),
    task: '写一段 100–150 字的能源审计说明：给出折算结果，并说明电力折标准煤“当量值”与“等价值”的区别。',
    reference: (calc, fact) =>
      `年用电 ${inputOf(calc, 'kwh')} kWh，按当量值系数 0.1229 kgce/(kW·h) 折合 ${fact} tce。当量值按电能本身的热功当量（3600 kJ/kW·h）折算；等价值按生产单位电力实际消耗的燃料（发电煤耗）折算，数值更大。`,
  },
];

export function energyOpenItems(seed: string, perScenario: number): Sample[] {
  return openItems(seed, 'energy-open', SCENARIOS, perScenario);
}
