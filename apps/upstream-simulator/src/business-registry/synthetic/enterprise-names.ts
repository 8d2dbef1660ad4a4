import { Random } from '../../synthetic/random';
import { foldForSearch, withoutDiacritics } from '../name-folding';
import { BusinessSector, LAW } from './business-sectors';
import { LegalFormKey } from './synthetic-enterprise';

export interface EnterpriseNameSet {
  name: string;
  foreignName?: string;
  shortName?: string;
}

/** Auspicious Sino-Vietnamese syllables that distinctive names are made of ("Hoàng Long"). */
const FIRST_SYLLABLES = (
  'Hoàng Minh Thành Phú An Hưng Việt Đại Tân Kim Gia Thiên Hồng Phúc Quang Bảo Trường Hải ' +
  'Nam Đông Thái Ngọc Đức Trí Vạn Hòa Thịnh Phương Sao Ánh'
).split(' ');
const SECOND_SYLLABLES = (
  'Long Phát Đạt Thành Khang Thịnh Tiến Phú Ngân Việt Minh An Bảo Hưng Lộc Sơn Anh Tài ' +
  'Nguyên Hà Dương Phong Quang Vinh Nam Á'
).split(' ');
/** The share of companies registered with a foreign (English) name and, of those, a short name. */
const FOREIGN_NAME_SHARE = 0.75;
const PRIVATE_FOREIGN_NAME_SHARE = 0.2;
const SHORT_NAME_SHARE = 0.6;
/** Draws before a taken name is told apart by a number, as "Hoàng Long 2" is in real life. */
const DRAWS_BEFORE_NUMBERING = 8;

/** The parts a name is built from: the trade is left out by law firms and some private owners. */
interface NameParts {
  form: LegalFormKey;
  sector: BusinessSector;
  showsTrade: boolean;
  distinctive: string;
}

/**
 * Names as enterprises register them: legal form, trade, distinctive name. The registry refuses
 * a name already taken, so every Vietnamese name issued here is unique.
 */
export class EnterpriseNamer {
  private readonly taken = new Set<string>();
  private nextNumber = 2;

  constructor(private readonly random: Random) {}

  names(form: LegalFormKey, sector: BusinessSector): EnterpriseNameSet {
    const showsTrade = form === 'private' ? this.random.chance(0.5) : sector !== LAW;
    for (let draw = 1; ; draw++) {
      const drawn = this.distinctiveName();
      const distinctive = draw > DRAWS_BEFORE_NUMBERING ? `${drawn} ${this.nextNumber++}` : drawn;
      const parts = { form, sector, showsTrade, distinctive };
      const name = vietnameseName(parts, this.random);
      const key = foldForSearch(name);
      if (this.taken.has(key)) continue;
      this.taken.add(key);
      return { name, ...this.foreignNames(parts) };
    }
  }

  private distinctiveName(): string {
    const first = this.random.pick(FIRST_SYLLABLES);
    const second = this.random.pick(SECOND_SYLLABLES.filter((syllable) => syllable !== first));
    return `${first} ${second}`;
  }

  private foreignNames(parts: NameParts): Omit<EnterpriseNameSet, 'name'> {
    const share = parts.form === 'private' ? PRIVATE_FOREIGN_NAME_SHARE : FOREIGN_NAME_SHARE;
    if (!this.random.chance(share)) return {};
    const { foreign, short } = englishNames(parts);
    return short && this.random.chance(SHORT_NAME_SHARE)
      ? { foreignName: foreign, shortName: short }
      : { foreignName: foreign };
  }
}

function vietnameseName(parts: NameParts, random: Random): string {
  const { form, sector, distinctive } = parts;
  const trade = parts.showsTrade ? `${sector.vietnamese} ${distinctive}` : distinctive;
  switch (form) {
    case 'single-member-llc':
      return random.chance(0.15) ? `Công ty TNHH Một thành viên ${trade}` : `Công ty TNHH ${trade}`;
    case 'multi-member-llc':
      return `Công ty TNHH ${trade}`;
    case 'joint-stock':
      return `Công ty Cổ phần ${trade}`;
    case 'partnership':
      return sector === LAW ? `Công ty Luật hợp danh ${distinctive}` : `Công ty hợp danh ${trade}`;
    case 'private':
      return `Doanh nghiệp tư nhân ${trade}`;
  }
}

/** English names write the distinctive name without diacritics, in capitals. */
function englishNames(parts: NameParts): { foreign: string; short?: string } {
  const { form, sector } = parts;
  const distinctive = withoutDiacritics(parts.distinctive).toUpperCase();
  const trade = parts.showsTrade ? `${distinctive} ${sector.english}` : distinctive;
  switch (form) {
    case 'single-member-llc':
    case 'multi-member-llc':
      return { foreign: `${trade} COMPANY LIMITED`, short: `${distinctive} CO., LTD` };
    case 'joint-stock':
      return { foreign: `${trade} JOINT STOCK COMPANY`, short: `${distinctive} JSC` };
    case 'partnership':
      return { foreign: sector === LAW ? `${distinctive} LAW FIRM` : `${trade} PARTNERSHIP` };
    case 'private':
      return { foreign: `${trade} PRIVATE ENTERPRISE` };
  }
}
