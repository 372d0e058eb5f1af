// Carriers a logistics company meets at its customers. Real names are used as
// incumbents only; their shares in the demo are invented.
export const CARRIERS = {
  sf: { name: 'SF Express', nameZh: '顺丰速运' },
  jd: { name: 'JD Logistics', nameZh: '京东物流' },
  deppon: { name: 'Deppon Logistics', nameZh: '德邦物流' },
  zto: { name: 'ZTO Express', nameZh: '中通快递' },
  yto: { name: 'YTO Express', nameZh: '圆通速递' },
  best: { name: 'Best Inc.', nameZh: '百世' },
  kerry: { name: 'Kerry Logistics', nameZh: '嘉里物流' },
  dhl: { name: 'DHL Supply Chain', nameZh: '敦豪供应链' },
  annto: { name: 'Annto Logistics', nameZh: '安得智联' },
  sinotrans: { name: 'Sinotrans', nameZh: '中国外运' },
  cainiao: { name: 'Cainiao', nameZh: '菜鸟' },
  // Fictional: the incumbent of seed 001, founded by the customer's retired group vice-president.
  hengan: { name: "Hanyang Heng'an Logistics", nameZh: '汉阳恒安物流' },
} as const;

export type CarrierKey = keyof typeof CARRIERS;
