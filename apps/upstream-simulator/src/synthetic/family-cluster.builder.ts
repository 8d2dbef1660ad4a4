import { AddressFactory } from './address-factory';
import {
  asMembers,
  formHousehold,
  marry,
  moveTo,
  referenceTo,
  siblingRelationship,
} from './household';
import { KinshipFactory, LAST_ADULT_BIRTH_YEAR } from './kinship.factory';
import { Lineage, PersonFactory } from './person-factory';
import { Random } from './random';
import { AdministrativeAddress, PersonReference, SyntheticCitizen } from './synthetic-citizen';

/** Children born later are still at home and unmarried. */
const LAST_MARRIED_BIRTH_YEAR = 2000;

type Home = AdministrativeAddress;

interface Elders {
  grandfather?: SyntheticCitizen;
  grandmother: SyntheticCitizen;
  /** The grandfather as his children's records name him, with his id only when alive. */
  father: PersonReference;
}

interface MarriedSon {
  son: SyntheticCitizen;
  wife: SyntheticCitizen;
  children: SyntheticCitizen[];
}

/** Who lives alone: marital status and the birth years that make it plausible. */
const SINGLE_ADULT = ['single', 1985, LAST_ADULT_BIRTH_YEAR] as const;
const WIDOWED_ADULT = ['widowed', 1935, 1965] as const;
const DIVORCED_ADULT = ['divorced', 1960, 1992] as const;

/**
 * Builds a family cluster: one or more households whose members link to each other as parents,
 * spouses and household heads, the way the population register links them.
 */
export class FamilyClusterBuilder {
  private readonly kin: KinshipFactory;

  constructor(
    private readonly random: Random,
    private readonly people: PersonFactory,
    private readonly places: AddressFactory,
  ) {
    this.kin = new KinshipFactory(random, people, places);
  }

  build(): SyntheticCitizen[] {
    const roll = this.random.next();
    if (roll < 0.12) return this.singleAdult();
    if (roll < 0.17) return this.singleMotherFamily();
    if (roll < 0.67) return this.nuclearFamily();
    return this.extendedFamily();
  }

  /** A young single adult, a widow(er) or a divorced person living alone. */
  singleAdult(): SyntheticCitizen[] {
    const { lineage, home } = this.kin.origin();
    const roll = this.random.next();
    const [status, from, until] =
      roll < 0.6 ? SINGLE_ADULT : roll < 0.85 ? WIDOWED_ADULT : DIVORCED_ADULT;
    const person = this.kin.founder(
      this.kin.randomSex(),
      this.random.int(from, until),
      lineage,
      home,
    );
    person.maritalStatus = status;
    return formHousehold(person, []);
  }

  private singleMotherFamily(): SyntheticCitizen[] {
    const { lineage, home } = this.kin.origin();
    const motherYear = this.random.int(1965, 1995);
    const father = this.people.absentRelative('male', motherYear - 3, lineage);
    const mother = this.kin.founder('female', motherYear, this.kin.spouseLineage(lineage), home);
    mother.maritalStatus = 'divorced';
    return formHousehold(
      mother,
      asMembers(this.kin.children(father, mother, lineage, home), 'Con'),
    );
  }

  private nuclearFamily(): SyntheticCitizen[] {
    const { lineage, home } = this.kin.origin();
    const husband = this.kin.founder('male', this.random.int(1950, 1998), lineage, home);
    const wife = this.kin.wifeFor(husband, lineage, home);
    const children = asMembers(this.kin.children(referenceTo(husband), wife, lineage, home), 'Con');
    return this.random.chance(0.9)
      ? formHousehold(husband, [[wife, 'Vợ'], ...children])
      : formHousehold(wife, [[husband, 'Chồng'], ...children]);
  }

  /** Grandparents, the married son who stays with them, and the children who moved out. */
  private extendedFamily(): SyntheticCitizen[] {
    const { lineage, home } = this.kin.origin();
    const elders = this.elders(lineage, home);
    const children = this.kin.children(
      elders.father,
      elders.grandmother,
      lineage,
      home,
      this.random.int(2, 4),
    );
    const heir = children.find((child) => child.sex === 'male' && this.canMarry(child));
    const heirFamily = heir && this.marriedSon(heir, lineage, home);
    const others = children.filter((child) => child !== heir);
    const leaving = others.filter((child) => this.canMarry(child) && this.random.chance(0.7));
    const staying = others.filter((child) => !leaving.includes(child));
    return [
      ...this.homeHousehold(elders, staying, heirFamily),
      ...leaving.flatMap((child) => this.movedOutFamily(child, lineage)),
    ];
  }

  private homeHousehold(elders: Elders, staying: SyntheticCitizen[], heirFamily?: MarriedSon) {
    const { grandfather, grandmother } = elders;
    if (grandfather) {
      return formHousehold(grandfather, [
        [grandmother, 'Vợ'],
        ...asMembers(heirFamily ? [heirFamily.son, ...staying] : staying, 'Con'),
        ...(heirFamily
          ? [[heirFamily.wife, 'Con dâu'] as const, ...asMembers(heirFamily.children, 'Cháu')]
          : []),
      ]);
    }
    if (heirFamily) {
      const { son, wife, children } = heirFamily;
      return formHousehold(son, [
        [grandmother, 'Mẹ'],
        [wife, 'Vợ'],
        ...asMembers(children, 'Con'),
        ...staying.map((sibling) => [sibling, siblingRelationship(sibling, son)] as const),
      ]);
    }
    return formHousehold(grandmother, asMembers(staying, 'Con'));
  }

  private elders(lineage: Lineage, home: Home): Elders {
    const grandfatherYear = this.random.int(1935, 1962);
    if (this.random.chance(0.3)) {
      const widowYear = grandfatherYear + this.random.int(0, 6);
      const grandmother = this.kin.founder(
        'female',
        widowYear,
        this.kin.spouseLineage(lineage),
        home,
      );
      grandmother.maritalStatus = 'widowed';
      const father = this.people.absentRelative('male', grandfatherYear, lineage);
      return { grandmother, father };
    }
    const grandfather = this.kin.founder('male', grandfatherYear, lineage, home);
    const grandmother = this.kin.wifeFor(grandfather, lineage, home);
    return { grandfather, grandmother, father: referenceTo(grandfather) };
  }

  private marriedSon(son: SyntheticCitizen, lineage: Lineage, home: Home): MarriedSon {
    const wife = this.kin.wifeFor(son, lineage, home);
    return { son, wife, children: this.kin.children(referenceTo(son), wife, lineage, home) };
  }

  /** A son who moved out heads his own household; a daughter joins her husband's. */
  private movedOutFamily(child: SyntheticCitizen, lineage: Lineage): SyntheticCitizen[] {
    const province = this.random.chance(0.6)
      ? child.permanentAddress.provinceCode
      : this.places.destinationProvince();
    const home = this.places.address(province);
    moveTo(child, home);
    if (child.sex === 'male') {
      const { wife, children } = this.marriedSon(child, lineage, home);
      return formHousehold(child, [[wife, 'Vợ'], ...asMembers(children, 'Con')]);
    }
    const husbandLineage = this.kin.spouseLineage(lineage);
    const husbandYear = child.birthDate.year - this.random.int(-2, 8);
    const husband = this.kin.founder('male', husbandYear, husbandLineage, home);
    marry(husband, child);
    const children = this.kin.children(referenceTo(husband), child, husbandLineage, home);
    return formHousehold(husband, [[child, 'Vợ'], ...asMembers(children, 'Con')]);
  }

  private canMarry(child: SyntheticCitizen): boolean {
    return child.birthDate.year <= LAST_MARRIED_BIRTH_YEAR;
  }
}
