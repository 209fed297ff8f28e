// Country names as Seller Central prints them (address lines, the marketplace switcher) in the UI languages we
// read -> ISO 3166-1 alpha-2. A name not listed here is unknown, never guessed from a partial match.

const NAMES: [string, string[]][] = [
  ['US', ['united states', 'united states of america', 'usa', 'vereinigte staaten', 'états-unis', 'etats-unis',
    'estados unidos', 'stati uniti', 'アメリカ合衆国', 'アメリカ', '米国', '美国']],
  ['CA', ['canada', 'kanada', 'canadá', 'カナダ', '加拿大']],
  ['MX', ['mexico', 'méxico', 'mexiko', 'mexique', 'messico', 'メキシコ', '墨西哥']],
  ['BR', ['brazil', 'brasil', 'brasilien', 'brésil', 'brasile', 'ブラジル', '巴西']],
  ['GB', ['united kingdom', 'uk', 'great britain', 'vereinigtes königreich', 'großbritannien', 'royaume-uni',
    'reino unido', 'regno unito', 'イギリス', '英国']],
  ['DE', ['germany', 'deutschland', 'allemagne', 'alemania', 'germania', 'ドイツ', '德国']],
  ['FR', ['france', 'frankreich', 'francia', 'フランス', '法国']],
  ['IT', ['italy', 'italien', 'italie', 'italia', 'イタリア', '意大利']],
  ['ES', ['spain', 'spanien', 'espagne', 'españa', 'spagna', 'スペイン', '西班牙']],
  ['NL', ['netherlands', 'niederlande', 'pays-bas', 'países bajos', 'paesi bassi', 'nederland', 'オランダ', '荷兰']],
  ['SE', ['sweden', 'schweden', 'suède', 'suecia', 'svezia', 'sverige', 'スウェーデン', '瑞典']],
  ['PL', ['poland', 'polen', 'pologne', 'polonia', 'polska', 'ポーランド', '波兰']],
  ['BE', ['belgium', 'belgien', 'belgique', 'bélgica', 'belgio', 'ベルギー', '比利时']],
  ['TR', ['turkey', 'türkiye', 'türkei', 'turquie', 'turquía', 'turchia', 'トルコ', '土耳其']],
  ['JP', ['japan', 'japon', 'japón', 'giappone', '日本']],
  ['AU', ['australia', 'australien', 'australie', 'オーストラリア', '澳大利亚']],
  ['SG', ['singapore', 'singapur', 'singapour', 'シンガポール', '新加坡']],
  ['AE', ['united arab emirates', 'uae', 'vereinigte arabische emirate', 'émirats arabes unis', 'アラブ首長国連邦', '阿联酋']],
  ['SA', ['saudi arabia', 'saudi-arabien', 'arabie saoudite', 'サウジアラビア', '沙特阿拉伯']],
  ['EG', ['egypt', 'ägypten', 'égypte', 'egipto', 'egitto', 'エジプト', '埃及']],
  ['IN', ['india', 'indien', 'inde', 'インド', '印度']],
  ['IE', ['ireland', 'irland', 'irlande', 'irlanda', 'アイルランド', '爱尔兰']],
  ['AT', ['austria', 'österreich', 'autriche', 'オーストリア', '奥地利']],
  ['CH', ['switzerland', 'schweiz', 'suisse', 'suiza', 'svizzera', 'スイス', '瑞士']],
  ['LU', ['luxembourg', 'luxemburg', 'luxemburgo', 'lussemburgo']],
  ['DK', ['denmark', 'dänemark', 'danemark', 'dinamarca', 'danimarca']],
  ['PT', ['portugal', 'portogallo']],
  ['CN', ['china', 'chine', 'cina', '中国', '中華人民共和国']],
];

const BY_NAME = new Map<string, string>();
for (const [code, names] of NAMES) for (const n of names) BY_NAME.set(n, code);

/** ISO alpha-2 code for a printed country name, or null. */
export function countryCode(name: string | null | undefined): string | null {
  if (!name) return null;
  return BY_NAME.get(name.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}
