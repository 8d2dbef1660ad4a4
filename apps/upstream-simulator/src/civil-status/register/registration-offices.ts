import { COMMUNES } from '../../synthetic/administrative-units';
import { Random } from '../../synthetic/random';
import { AdministrativeAddress } from '../../synthetic/synthetic-citizen';
import { IsoDay, yearOf } from './calendar';
import { RegisteringAuthority, RegistryEntry } from './civil-status-records';

export type EventKind = 'birth' | 'marriage' | 'death';

/**
 * The population is a sample of the country: the entries of people outside it come between
 * ours. A book's first entry of ours falls anywhere up to this number.
 */
const ENTRIES_BEFORE_OURS: Record<EventKind, number> = { birth: 300, marriage: 120, death: 80 };

type Commune = Pick<AdministrativeAddress, 'communeCode' | 'communeName' | 'provinceName'>;

/**
 * The commune People's Committees that keep the civil-status books. Each office numbers its
 * entries per kind of event and per yearly book, as the paper books were numbered, with gaps
 * where people outside the simulated population were entered.
 */
export class RegistrationOffices {
  private readonly lastNumbers = new Map<string, number>();

  constructor(private readonly random: Random) {}

  /** The People's Committee of the commune an address lies in. */
  authorityOf(place: Commune): RegisteringAuthority {
    const [kind, ...rest] = place.communeName.split(' ');
    return {
      code: place.communeCode,
      name: `UBND ${kind.toLowerCase()} ${rest.join(' ')}, ${place.provinceName}`,
    };
  }

  /** Any curated commune of the province: for events whose exact commune nobody recorded. */
  anyCommuneOf(provinceCode: string, provinceName: string): Commune {
    const commune = this.random.pick(COMMUNES[provinceCode]);
    return { communeCode: commune.code, communeName: commune.name, provinceName };
  }

  enter(kind: EventKind, authority: RegisteringAuthority, registeredOn: IsoDay): RegistryEntry {
    const year = yearOf(registeredOn);
    const key = `${kind}/${authority.code}/${year}`;
    const last = this.lastNumbers.get(key) ?? this.random.int(0, ENTRIES_BEFORE_OURS[kind]);
    const number = last + this.random.int(1, 3);
    this.lastNumbers.set(key, number);
    return { number: String(number), book: `01/${year}`, registeredOn, authority };
  }
}
