import { parsePersonalId, personalIdDateOfBirthConflict, PROVINCES } from '@interop/contracts';
import { COMMUNES } from './administrative-units';
import { generatePopulation } from './population.generator';
import { isoBirthDate, SyntheticCitizen } from './synthetic-citizen';

const SEED = 20250701;
const population = generatePopulation({ seed: SEED, size: 10_000 });
const byId = new Map(population.map((citizen) => [citizen.personalId, citizen]));
const share = (predicate: (citizen: SyntheticCitizen) => boolean) =>
  population.filter(predicate).length / population.length;

describe('generatePopulation', () => {
  it('generates exactly the requested number of citizens', () => {
    expect(population).toHaveLength(10_000);
    expect(generatePopulation({ seed: SEED, size: 37 })).toHaveLength(37);
  });

  it('is identical for the same seed and different for another', () => {
    const again = generatePopulation({ seed: SEED, size: 10_000 });
    expect(again.slice(0, 50)).toEqual(population.slice(0, 50));
    expect(again.map((citizen) => citizen.personalId)).toEqual(
      population.map((citizen) => citizen.personalId),
    );
    const other = generatePopulation({ seed: SEED + 1, size: 50 });
    expect(other.map((citizen) => citizen.personalId)).not.toEqual(
      population.slice(0, 50).map((citizen) => citizen.personalId),
    );
  });

  it('gives everyone a valid, unique identification number that agrees with sex and birth', () => {
    expect(byId.size).toBe(population.length);
    const problems = population.flatMap(({ personalId, sex, birthDate }) => {
      const parsed = parsePersonalId(personalId);
      if (!parsed.ok) return [`${personalId}: ${parsed.reason}`];
      if (parsed.value.sex !== sex) return [`${personalId}: encodes the other sex`];
      return personalIdDateOfBirthConflict(personalId, isoBirthDate(birthDate)) ?? [];
    });
    expect(problems).toEqual([]);
  });

  it('gives a share of older citizens a unique nine-digit card number', () => {
    const cards = population.flatMap((citizen) => citizen.oldIdCardNumber ?? []);
    expect(cards.every((card) => /^\d{9}$/.test(card))).toBe(true);
    expect(new Set(cards).size).toBe(cards.length);
    expect(cards.length / population.length).toBeGreaterThan(0.1);
  });

  it('registers about 2% of births by year only', () => {
    const yearOnly = share((citizen) => citizen.birthDate.month === undefined);
    expect(yearOnly).toBeGreaterThan(0.01);
    expect(yearOnly).toBeLessThan(0.04);
  });

  it('writes all text in NFC and addresses with real province and curated commune names', () => {
    const text = JSON.stringify(population);
    expect(text.normalize('NFC')).toBe(text);
    const addresses = population.flatMap((citizen) => [
      citizen.hometown,
      citizen.permanentAddress,
      citizen.currentAddress,
    ]);
    const unknown = addresses.filter(
      (address) =>
        address.provinceName !== PROVINCES[address.provinceCode] ||
        !COMMUNES[address.provinceCode].some(
          (commune) => commune.code === address.communeCode && commune.name === address.communeName,
        ),
    );
    expect(unknown).toEqual([]);
  });

  it('weights family names realistically', () => {
    const nguyen = share((citizen) => citizen.name.family === 'Nguyễn');
    expect(nguyen).toBeGreaterThan(0.25);
    expect(nguyen).toBeLessThan(0.45);
    expect(share((citizen) => citizen.ethnicity === 'Kinh')).toBeGreaterThan(0.75);
  });
});

describe('family links', () => {
  it('links married couples both ways, with consistent marital status', () => {
    for (const citizen of population) {
      if (!citizen.spouse) {
        expect(citizen.maritalStatus).not.toBe('married');
        continue;
      }
      expect(citizen.maritalStatus).toBe('married');
      const spouse = byId.get(citizen.spouse.personalId!);
      expect(spouse?.spouse?.personalId).toBe(citizen.personalId);
      expect(spouse?.sex).not.toBe(citizen.sex);
    }
    expect(share((citizen) => citizen.maritalStatus === 'married')).toBeGreaterThan(0.3);
  });

  it('names parents who are in the population by their id, with matching name and sex', () => {
    let linked = 0;
    for (const citizen of population) {
      for (const [parent, sex] of [
        [citizen.father, 'male'],
        [citizen.mother, 'female'],
      ] as const) {
        if (!parent?.personalId) continue;
        linked++;
        const record = byId.get(parent.personalId);
        expect(record).toEqual(expect.objectContaining({ fullName: parent.fullName, sex }));
        expect(record!.birthDate.year).toBeLessThan(citizen.birthDate.year - 15);
      }
    }
    expect(linked).toBeGreaterThan(population.length * 0.3);
  });

  it('gives every household one head, whose own record says Chủ hộ, at one address', () => {
    for (const citizen of population) {
      const head = byId.get(citizen.household.head.personalId!);
      expect(head?.household.relationship).toBe('Chủ hộ');
      expect(head?.household.head.personalId).toBe(head?.personalId);
      expect(citizen.permanentAddress).toEqual(head?.permanentAddress);
      if (citizen === head) continue;
      expect(citizen.household.relationship).not.toBe('Chủ hộ');
    }
  });

  it('records a small, known share of names spelt differently in another register', () => {
    const inconsistent = population.filter((citizen) => citizen.alternateSpelling);
    expect(inconsistent.length / population.length).toBeGreaterThan(0.005);
    expect(inconsistent.length / population.length).toBeLessThan(0.03);
    const normalise = (name: string) => name.normalize('NFC').toLowerCase();
    for (const citizen of inconsistent) {
      expect(normalise(citizen.alternateSpelling!.fullName)).not.toBe(normalise(citizen.fullName));
    }
    const kinds = new Set(inconsistent.map((citizen) => citizen.alternateSpelling!.kind));
    expect(kinds.size).toBe(3);
  });
});
