import { createHash } from 'node:crypto';
import { leafHash, merkleRoot } from './merkle-tree';

/** The leaves and roots of the certificate-transparency test vectors (RFC 6962, as RFC 9162). */
const CT_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((hex) => Buffer.from(hex, 'hex'));

const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

/**
 * An independent construction: hash pairs level by level, lifting an odd last node unchanged.
 * It builds the same tree as the RFC's largest-power-of-two split.
 */
function levelByLevelRoot(leaves: Buffer[]): Buffer {
  let level: Buffer[] = leaves.map((leaf) =>
    createHash('sha256').update(Buffer.of(0)).update(leaf).digest(),
  );
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(
        i + 1 < level.length
          ? createHash('sha256')
              .update(Buffer.of(1))
              .update(level[i])
              .update(level[i + 1])
              .digest()
          : level[i],
      );
    }
    level = next;
  }
  return level[0];
}

describe('merkleRoot (RFC 9162 Merkle Tree Hash)', () => {
  it('is the SHA-256 of nothing for an empty tree', () => {
    expect(merkleRoot([]).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it.each(CT_ROOTS.map((root, i) => [i + 1, root]))(
    'matches the published root of the first %i test leaves',
    (size, root) => {
      const leaves = CT_LEAVES.slice(0, Number(size)).map((leaf) => leafHash(leaf));
      expect(merkleRoot(leaves).toString('hex')).toBe(root);
    },
  );

  it('agrees with a level-by-level construction for every size up to 70', () => {
    for (let size = 1; size <= 70; size++) {
      const entries = Array.from({ length: size }, (_, i) => Buffer.from(`entry ${i}`));
      expect(merkleRoot(entries.map((entry) => leafHash(entry)))).toEqual(
        levelByLevelRoot(entries),
      );
    }
  });

  it('changes when two leaves change places', () => {
    const leaves = ['a', 'b', 'c'].map((entry) => leafHash(entry));
    expect(merkleRoot([leaves[1], leaves[0], leaves[2]])).not.toEqual(merkleRoot(leaves));
  });
});
